import { useQuery } from '@tanstack/react-query';
import { useActorsQuery } from '../assess/assessQueries';
import { useFundersQuery } from '../finance/financeQueries';
import { coordinationApi, coordinationKeys } from './coordinationApi';

/** Funders, institutions and the plan's reform areas a mechanism or commitment can name, with names by id. */
export function useCoordinationChoices(slug: string) {
  const funders = useFundersQuery(slug);
  const actors = useActorsQuery(slug);
  const coverage = useQuery({
    queryKey: coordinationKeys.coverage(slug, null),
    queryFn: () => coordinationApi.coverage(slug, {}),
  });
  const funderChoices = (funders.data?.funders ?? []).map((f) => ({ id: f.id, name: f.name }));
  const institutionChoices = (actors.data?.actors ?? [])
    .map((a) => ({ id: a.id, name: a.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const areaChoices = (coverage.data?.rows ?? [])
    .filter((row) => row.kind === 'area')
    .map((row) => ({ id: row.id, name: row.label }));
  const names = new Map<string, string>(
    [...funderChoices, ...institutionChoices, ...areaChoices].map((choice) => [choice.id, choice.name]),
  );
  return {
    funders: funderChoices,
    institutions: institutionChoices,
    areas: areaChoices,
    nameOf: (id: string | null | undefined) => (id ? (names.get(id) ?? id) : ''),
  };
}
