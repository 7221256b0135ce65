import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './ar.json';
import assessAr from './assess/ar.json';
import assessEn from './assess/en.json';
import assessFr from './assess/fr.json';
import en from './en.json';
import fr from './fr.json';
import {
  applyDocumentLanguage,
  initialLanguage,
  isUiLanguage,
  saveLanguage,
  type UiLanguage,
} from './languages';
import planAr from './plan/ar.json';
import planEn from './plan/en.json';
import planFr from './plan/fr.json';
import portfolioAr from './portfolio/ar.json';
import portfolioEn from './portfolio/en.json';
import portfolioFr from './portfolio/fr.json';

const startLanguage = initialLanguage();
applyDocumentLanguage(startLanguage);

void i18next.use(initReactI18next).init({
  resources: {
    en: { translation: en, assess: assessEn, plan: planEn, portfolio: portfolioEn },
    fr: { translation: fr, assess: assessFr, plan: planFr, portfolio: portfolioFr },
    ar: { translation: ar, assess: assessAr, plan: planAr, portfolio: portfolioAr },
  },
  lng: startLanguage,
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React already escapes
  returnNull: false,
});

export async function changeUiLanguage(code: UiLanguage): Promise<void> {
  saveLanguage(code);
  applyDocumentLanguage(code);
  await i18next.changeLanguage(code);
}

export function currentUiLanguage(): UiLanguage {
  return isUiLanguage(i18next.language) ? i18next.language : 'en';
}

export { i18next };
