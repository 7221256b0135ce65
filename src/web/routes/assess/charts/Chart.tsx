import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { EChartProps } from './EChart';

const EChart = lazy(() => import('./EChart'));

/** A chart whose library loads the first time one is shown. */
export function Chart(props: EChartProps) {
  return (
    <Suspense
      fallback={
        <Center h={props.height}>
          <Loader size="sm" />
        </Center>
      }
    >
      <EChart {...props} />
    </Suspense>
  );
}
