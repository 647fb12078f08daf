var f=['C:\\Windows\\System32\\kernel32.dll','C:\\Users\\Photos\\IMG_0021.jpg','C:\\Program Files\\Chrome\\chrome.exe','C:\\Users\\Documents\\taxes.pdf'],i=0;
var t=setInterval(function(){var l=document.getElementById('log');l.innerHTML+=f[i%f.length]+(i%3==0?' <b style="color:red">INFECTED</b>':' OK')+'<br>';l.scrollTop=1e6;
if(++i>24){clearInterval(t);document.getElementById('st').textContent='Scan complete';document.getElementById('res').style.display='block';document.getElementById('call').style.display='block';}},200);
