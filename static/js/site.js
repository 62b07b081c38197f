/* Cabinet — small progressive enhancements. Everything works without this file. */
(function () {
    "use strict";

    var root = document.documentElement;

    // Main menu: on narrow screens fold the list behind the "Menu" button.
    // CSS shows the list again on wide screens, whatever the button's state.
    var nav = document.querySelector(".main-nav");
    var toggle = nav && nav.querySelector(".main-nav__toggle");
    if (toggle && document.getElementById("main-menu")) {
        var setOpen = function (open) {
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
            nav.classList.toggle("is-open", open);
        };
        toggle.hidden = false;
        nav.classList.add("main-nav--collapsible");
        setOpen(false);
        toggle.addEventListener("click", function () {
            setOpen(toggle.getAttribute("aria-expanded") !== "true");
        });
        nav.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && nav.classList.contains("is-open")) {
                setOpen(false);
                toggle.focus();
            }
        });
    }

    // Low-vision mode: switch at once instead of a round trip to /low-vision/.
    // Sets the same cookie the server sets, so the next page agrees.
    var lowVision = document.querySelector("[data-low-vision-toggle]");
    if (lowVision) {
        lowVision.addEventListener("click", function (event) {
            if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
                return;
            }
            event.preventDefault();
            var on = !root.classList.contains("low-vision");
            root.classList.toggle("low-vision", on);
            document.cookie = on
                ? "low_vision=1; path=/; max-age=31536000; SameSite=Lax"
                : "low_vision=; path=/; max-age=0; SameSite=Lax";
            var label = lowVision.querySelector(".low-vision-toggle__label") || lowVision;
            label.textContent = lowVision.getAttribute(on ? "data-label-on" : "data-label-off");
            lowVision.href = lowVision.href.replace(/mode=(on|off)/, "mode=" + (on ? "off" : "on"));
        });
    }

    // Catalogue filters: a disclosure on phones, an open column on wide screens (same width as the CSS).
    var filters = document.querySelector("[data-filters]");
    if (filters && window.matchMedia) {
        var wide = window.matchMedia("(min-width: 60em)");
        if (wide.matches) {
            filters.open = true;
        }
        wide.addEventListener("change", function () {
            filters.open = wide.matches;
        });
    }

    // Copy buttons (the record's reference line): shown only where the Clipboard API exists.
    Array.prototype.forEach.call(document.querySelectorAll("[data-copy-target]"), function (button) {
        var source = document.getElementById(button.getAttribute("data-copy-target"));
        var status = button.parentNode.querySelector("[data-copy-status]");
        if (!source || !navigator.clipboard || !navigator.clipboard.writeText) {
            return;
        }
        var timer;
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(source.textContent.trim()).then(function () {
                if (status) {
                    status.textContent = button.getAttribute("data-copied");
                    clearTimeout(timer);
                    timer = setTimeout(function () {
                        status.textContent = "";
                    }, 5000);
                }
            }, function () {
                // Not allowed here: select the text so that the visitor can copy it by hand.
                var range = document.createRange();
                range.selectNodeContents(source);
                window.getSelection().removeAllRanges();
                window.getSelection().addRange(range);
            });
        });
    });

    // Print the answers of closed FAQ items too, then fold them back.
    var opened = [];
    window.addEventListener("beforeprint", function () {
        opened = Array.prototype.filter.call(document.querySelectorAll("details:not([open])"), function (item) {
            item.open = true;
            return true;
        });
    });
    window.addEventListener("afterprint", function () {
        opened.forEach(function (item) {
            item.open = false;
        });
        opened = [];
    });
})();
