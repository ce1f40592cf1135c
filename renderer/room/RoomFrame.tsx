/**
 * The room's screen as a box of its own: every size inside is a share of this box's height or
 * width (container query units), so the presenter window and the console's small mirror show the
 * same layout. The room-size rule (AVIXA DISCAS) sets the smallest text through --room-min-share.
 */
import type { CSSProperties, ReactNode } from 'react';

interface Props {
  label: string;
  /** The smallest readable text, as a share of the screen's height; null when the room is unknown. */
  minimumTextShare: number | null;
  screen: string;
  children: ReactNode;
  mirror?: boolean;
}

export function RoomFrame({ label, minimumTextShare, screen, children, mirror = false }: Props) {
  const style = { '--room-min-share': minimumTextShare ?? 0 } as CSSProperties;
  const Tag = mirror ? 'div' : 'main';
  return (
    <Tag
      className="room"
      data-room=""
      data-screen={screen}
      aria-label={mirror ? undefined : label}
      aria-hidden={mirror ? true : undefined}
      style={style}
    >
      {children}
    </Tag>
  );
}
