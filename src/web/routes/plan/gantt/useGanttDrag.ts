import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import { clampStart, monthsFromPixels } from './ganttLayout';

interface DragState {
  itemId: string;
  pointerId: number;
  originX: number;
  originStart: number;
  last: number;
}

export interface BarHandlers {
  onPointerDown: (event: PointerEvent<SVGGElement>) => void;
  onPointerMove: (event: PointerEvent<SVGGElement>) => void;
  onPointerUp: (event: PointerEvent<SVGGElement>) => void;
  onPointerCancel: (event: PointerEvent<SVGGElement>) => void;
  onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
}

/**
 * Moving activity bars by whole months: drag with a mouse, pen or finger (the pointer is captured so
 * the drag survives leaving the bar), or focus a bar and press ArrowLeft / ArrowRight (PageUp / PageDown
 * for a year, Home for the plan's first month). The time axis always runs left to right, also in right-to-left languages.
 */
export function useGanttDrag(monthWidth: number, onMove: (itemId: string, start: number) => void) {
  const drag = useRef<DragState | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);

  const end = (event: PointerEvent<SVGGElement>) => {
    if (drag.current?.pointerId !== event.pointerId) return;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
    drag.current = null;
    setDragging(null);
  };

  const handlers = (itemId: string, start: number): BarHandlers => ({
    onPointerDown: (event) => {
      if (event.button !== 0 || drag.current) return;
      event.preventDefault();
      event.currentTarget.focus({ preventScroll: true });
      event.currentTarget.setPointerCapture(event.pointerId);
      drag.current = {
        itemId,
        pointerId: event.pointerId,
        originX: event.clientX,
        originStart: start,
        last: start,
      };
      setDragging(itemId);
    },
    onPointerMove: (event) => {
      const current = drag.current;
      if (!current || current.pointerId !== event.pointerId) return;
      const next = clampStart(
        current.originStart + monthsFromPixels(event.clientX - current.originX, monthWidth),
      );
      if (next === current.last) return;
      current.last = next;
      onMove(current.itemId, next);
    },
    onPointerUp: end,
    onPointerCancel: end,
    onKeyDown: (event) => {
      const step = { ArrowLeft: -1, ArrowRight: 1, PageUp: -12, PageDown: 12 }[event.key];
      if (step === undefined && event.key !== 'Home') return;
      event.preventDefault();
      const next = event.key === 'Home' ? 0 : clampStart(start + (step ?? 0));
      if (next !== start) onMove(itemId, next);
    },
  });

  return { dragging, handlers };
}
