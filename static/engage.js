// Progressive enhancement only: every page works without this file.
import { initAll } from './build/govuk-frontend.min.js'

initAll()

// The meeting screen's totals refresh while voting is open. Without JavaScript, a refresh of
// the page shows the same numbers.
const meetingScreen = document.querySelector('.engage-meeting-screen[data-open="true"]')
if (meetingScreen) {
  const refresh = async () => {
    try {
      const response = await fetch(meetingScreen.dataset.totalsUrl, { credentials: 'same-origin' })
      if (!response.ok) return
      const totals = await response.json()
      meetingScreen.querySelector('[data-field="voters"]').textContent = totals.voters
      for (const option of totals.options) {
        const field = (name) => meetingScreen.querySelector(`[data-option="${option.id}"][data-field="${name}"]`)
        field('votes').textContent = option.votes
        field('percent').textContent = `${option.percent}%`
        field('bar').setAttribute('width', `${option.percent}%`)
      }
      if (totals.open) setTimeout(refresh, 3000)
    } catch {
      setTimeout(refresh, 10000)
    }
  }
  setTimeout(refresh, 3000)
}
