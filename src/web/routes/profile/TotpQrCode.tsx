import { Center, Image, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Renders the otpauth URI as a QR code; the qrcode library is loaded only when someone enables 2FA. */
export function TotpQrCode({ totpURI }: { totpURI: string }) {
  const { t } = useTranslation();
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    import('qrcode')
      .then((qrcode) => qrcode.toDataURL(totpURI, { width: 220, margin: 1, errorCorrectionLevel: 'M' }))
      .then((url) => {
        if (!cancelled) setDataUrl(url);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [totpURI]);

  if (failed) return null;
  if (!dataUrl)
    return (
      <Center w={220} h={220}>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  return <Image src={dataUrl} alt={t('profile.qrAlt')} w={220} h={220} fit="contain" />;
}
