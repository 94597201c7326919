// Demo page only: the language and theme switches apply to every widget.
const main = document.getElementById('main');
const widgets = () => main.querySelectorAll('*');
document.querySelector('.controls').addEventListener('change', (e) => {
  const { name, value } = e.target;
  if (name === 'lang') document.documentElement.lang = value;
  if (name === 'theme') {
    for (const el of widgets()) if (el.localName.includes('-')) el.setAttribute('theme', value);
    document.documentElement.style.colorScheme = value === 'auto' ? '' : value;
    document.body.classList.toggle('dark', value === 'dark');
  }
});
