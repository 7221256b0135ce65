import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One block of the home page: a heading, its content, and the links to act or see more. */
export function HomeCard({
  title,
  children,
  actions,
  testId,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  testId: string;
}) {
  return (
    <Card withBorder radius="md" padding="md" data-testid={testId}>
      <Stack gap="sm" h="100%">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Stack gap="xs" style={{ flex: 1 }}>
          {children}
        </Stack>
        {actions && (
          <Group gap="md" wrap="wrap">
            {actions}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** A number with its label, side by side with others. */
export function Figure({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Stack gap={0} miw={0}>
      <Text size="xl" fw={700} c={color} lh={1.2}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

export function EmptyText({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

/** Keeps a user-entered name in its own direction inside a translated sentence. */
export const isolate = (value: string) => `\u2068${value}\u2069`;

/** 'YYYY-MM' as "March 2027" in the reader's language. */
export function formatYearMonth(month: string, language: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) return month;
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, monthNumber - 1, 1)),
  );
}
