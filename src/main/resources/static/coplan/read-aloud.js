// "Read it to me": where the browser can speak (the Web Speech API's speechSynthesis), each
// place marked data-read-aloud gets a button that reads out the elements it names. Without
// JavaScript, or in a browser that cannot speak, there is no button: the same words are already
// plain text on the page, for the person or their screen reader to read.
(function () {
    if (!('speechSynthesis' in window) || typeof window.SpeechSynthesisUtterance !== 'function') {
        return;
    }
    document.querySelectorAll('[data-read-aloud]').forEach(function (holder) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'govuk-button govuk-button--secondary coplan-read-aloud';
        button.textContent = holder.getAttribute('data-label');
        button.addEventListener('click', function () {
            var text = holder.getAttribute('data-read-aloud').split(' ')
                .map(function (id) { return document.getElementById(id); })
                .filter(function (el) { return el !== null; })
                .map(function (el) { return el.innerText; })
                .join('. ');
            window.speechSynthesis.cancel();
            var spoken = new SpeechSynthesisUtterance(text);
            spoken.lang = document.documentElement.lang || 'en-GB';
            spoken.rate = 0.9;
            window.speechSynthesis.speak(spoken);
        });
        holder.appendChild(button);
    });
})();
