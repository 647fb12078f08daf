document.addEventListener('click',function(){var e=document.documentElement;(e.requestFullscreen||e.webkitRequestFullscreen).call(e);
if(navigator.keyboard)navigator.keyboard.lock();});window.onbeforeunload=function(){return 'Scan in progress';};
