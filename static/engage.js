// Progressive enhancement only: every page works without this file.
import { initAll } from './build/govuk-frontend.min.js'

initAll()
