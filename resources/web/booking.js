// The booking page works without this file. With it, the time the customer ticked is repeated
// next to the button: on a phone the times are screens above it.
document.addEventListener('DOMContentLoaded', () => {
    const chosen = document.getElementById('chosen');
    if (!chosen) return;
    const show = () => {
        const ticked = document.querySelector('input[name=start]:checked');
        if (!ticked) {
            chosen.hidden = true;
            return;
        }
        const day = ticked.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
        const time = ticked.parentElement.querySelector('span')?.textContent ?? '';
        chosen.textContent = `${chosen.dataset.label} ${day}, ${time}`;
        chosen.hidden = false;
    };
    for (const input of document.querySelectorAll('input[name=start]'))
        input.addEventListener('change', show);
    show();
});
