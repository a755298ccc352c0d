// Registers the service worker (sw.js, generated at build time with the list of the
// build's files) that makes the page work offline after its first visit, and reports
// when a newer build has taken over. body[data-offline="ready"] once it is active.

export async function registerServiceWorker({ onUpdate }) {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) onUpdate();
  });
  try {
    await navigator.serviceWorker.register('./sw.js', { scope: './' });
    await navigator.serviceWorker.ready; // installed: the build's files are cached
    document.body.dataset.offline = 'ready';
  } catch (error) {
    console.warn(`Glasspy: no offline support (${error.message})`);
  }
}
