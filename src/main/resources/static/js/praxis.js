// Progressive enhancement only: every page works without this file.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

initAll();

// Timeout warning: show the dialog shortly before the idle session ends; "Stay signed in" asks the
// server to keep the session; if nobody answers, sign out so the page does not sit there signed in.
const dialog = document.getElementById('timeout-warning');
if (dialog && typeof dialog.showModal === 'function') {
  const idleSeconds = Number(dialog.dataset.idleSeconds);
  const warningSeconds = Math.min(Number(dialog.dataset.warningSeconds), idleSeconds);
  const countdown = dialog.querySelector('.praxis-timeout-warning__countdown');
  const signOutForm = dialog.querySelector('form');
  let timers = [];

  const describe = (seconds) => seconds >= 60
    ? `${Math.ceil(seconds / 60)} minute${Math.ceil(seconds / 60) === 1 ? '' : 's'}`
    : `${seconds} second${seconds === 1 ? '' : 's'}`;

  const schedule = () => {
    timers.forEach(clearTimeout);
    timers.forEach(clearInterval);
    timers = [];
    timers.push(setTimeout(() => {
      let left = warningSeconds;
      countdown.textContent = describe(left);
      dialog.showModal();
      timers.push(setInterval(() => {
        left -= 1;
        if (left % 15 === 0 || left <= 10) countdown.textContent = describe(Math.max(left, 0));
      }, 1000));
    }, (idleSeconds - warningSeconds) * 1000));
    timers.push(setTimeout(() => {
      signOutForm.querySelector('[data-timeout-reason]').disabled = false;
      signOutForm.submit();
    }, idleSeconds * 1000));
  };

  dialog.querySelector('[data-timeout-action="stay"]').addEventListener('click', async () => {
    const response = await fetch('/session/keep-alive', { credentials: 'same-origin' });
    if (response.ok) {
      dialog.close();
      schedule();
    } else {
      window.location.href = '/sign-in?status=timed-out';
    }
  });
  dialog.addEventListener('cancel', (event) => event.preventDefault());
  document.addEventListener('praxis:saved', schedule);
  schedule();
}
