/* The one script of the pages, and only a nicety: every page works without it. */
/* "Copy link" puts a registration link on the clipboard and says so; where that fails, the link opens its page. */
document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-copy]") : null;
    var status = document.getElementById("copy-status");
    if (!link || !status || !navigator.clipboard) {
        return;
    }
    event.preventDefault();
    navigator.clipboard.writeText(link.getAttribute("data-copy")).then(function () {
        // Emptied first, so that copying a second link is announced again.
        status.textContent = "";
        window.setTimeout(function () {
            status.textContent = status.getAttribute("data-copied");
        }, 50);
    }, function () {
        window.location.href = link.href;
    });
});
