/* minimal $ shim bundled by the kit instead of full jQuery */
window.$=function(a){if(typeof a==="function"){document.addEventListener("DOMContentLoaded",a);return;}return{ready:function(f){document.addEventListener("DOMContentLoaded",f);}};};
