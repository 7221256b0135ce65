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

const startLanguage = initialLanguage();
applyDocumentLanguage(startLanguage);

void i18next.use(initReactI18next).init({
  resources: {
    en: { translation: en, assess: assessEn },
    fr: { translation: fr, assess: assessFr },
    ar: { translation: ar, assess: assessAr },
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
