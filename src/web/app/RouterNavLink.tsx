import { NavLink, type NavLinkProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';

type AnchorNavLinkProps = NavLinkProps & Omit<ComponentPropsWithoutRef<'a'>, keyof NavLinkProps>;

const AnchorNavLink = forwardRef<HTMLAnchorElement, AnchorNavLinkProps>((props, ref) => (
  <NavLink component="a" ref={ref} {...props} />
));

/** Mantine NavLink that navigates with the router (typed `to` and `params`, active state from the router). */
export const RouterNavLink = createLink(AnchorNavLink);
