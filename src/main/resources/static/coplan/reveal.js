// Shows only the fields that go with the chosen radio (data-coplan-reveal names the fields' box).
// Without JavaScript every field shows and the service uses only those that go with the answer.
// GOV.UK Frontend's own reveal marks the radios aria-expanded, which radios may not carry.
const boxes = [...document.querySelectorAll('input[type="radio"][data-coplan-reveal]')];

function sync(name) {
  for (const input of boxes.filter(i => i.name === name)) {
    const box = document.getElementById(input.dataset.coplanReveal);
    if (box) {
      box.classList.toggle('govuk-radios__conditional--hidden', !input.checked);
    }
  }
}

for (const name of new Set(boxes.map(i => i.name))) {
  sync(name);
  for (const input of document.querySelectorAll(`input[type="radio"][name="${name}"]`)) {
    input.addEventListener('change', () => sync(name));
  }
}
