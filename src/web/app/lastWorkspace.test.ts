import { describe, expect, it } from 'vitest';
import { landingWorkspace } from './lastWorkspace';

describe('landingWorkspace', () => {
  const one = [{ slug: 'sierra' }];
  const two = [{ slug: 'sierra' }, { slug: 'liberia' }];

  it('opens the only workspace of a user who belongs to one', () => {
    expect(landingWorkspace(one, null)).toBe('sierra');
    expect(landingWorkspace(one, 'gone')).toBe('sierra');
  });

  it('reopens the last workspace while the user still belongs to it', () => {
    expect(landingWorkspace(two, 'liberia')).toBe('liberia');
  });

  it('sends users with several workspaces and no valid last one to the list', () => {
    expect(landingWorkspace(two, null)).toBeNull();
    expect(landingWorkspace(two, 'gone')).toBeNull();
    expect(landingWorkspace([], null)).toBeNull();
  });
});
