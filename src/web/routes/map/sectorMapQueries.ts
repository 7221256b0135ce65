import { useQuery, useQueryClient } from '@tanstack/react-query';
import { sectorMapApi, sectorMapKeys } from '../../api/sectorMap';

export function useActorsQuery(slug: string) {
  return useQuery({ queryKey: sectorMapKeys.actors(slug), queryFn: () => sectorMapApi.listActors(slug) });
}

export function useRelationsQuery(slug: string) {
  return useQuery({
    queryKey: sectorMapKeys.relations(slug),
    queryFn: () => sectorMapApi.listRelations(slug),
  });
}

export function useActorProfileQuery(slug: string, actorId: string | null) {
  return useQuery({
    queryKey: sectorMapKeys.profile(slug, actorId ?? ''),
    queryFn: () => sectorMapApi.getActorProfile(slug, actorId ?? ''),
    enabled: actorId !== null,
  });
}

/** After any change to actors or relations, the registry, the graph and the gaps are all stale. */
export function useRefreshSectorMap(slug: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: sectorMapKeys.all(slug) });
}
