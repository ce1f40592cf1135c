/**
 * The join address as a QR code, for phones to scan from the room's screen or the console. The QR
 * library is fetched with the first code drawn, so neither page's first load carries it.
 */
import { useEffect, useState } from 'react';
import styles from './JoinQr.module.css';

export function JoinQr({
  address,
  label,
  className,
}: {
  address: string;
  label: string;
  className?: string;
}) {
  const [qr, setQr] = useState<{ size: number; d: string } | null>(null);
  useEffect(() => {
    let current = true;
    void import('./qrPath.ts').then(({ qrPath }) => {
      if (current) setQr(qrPath(address));
    });
    return () => {
      current = false;
    };
  }, [address]);
  if (!qr) return null;
  return (
    <svg
      className={`${styles.qr} ${className ?? ''}`}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect className={styles.light} width={qr.size} height={qr.size} />
      <path className={styles.dark} d={qr.d} />
    </svg>
  );
}
