import { Anchor, type AnchorProps, Button, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';

type AnchorElementProps = AnchorProps & Omit<ComponentPropsWithoutRef<'a'>, keyof AnchorProps>;
type ButtonAnchorProps = ButtonProps & Omit<ComponentPropsWithoutRef<'a'>, keyof ButtonProps>;

const MantineAnchor = forwardRef<HTMLAnchorElement, AnchorElementProps>((props, ref) => (
  <Anchor component="a" ref={ref} {...props} />
));
const MantineButtonAnchor = forwardRef<HTMLAnchorElement, ButtonAnchorProps>((props, ref) => (
  <Button component="a" ref={ref} {...props} />
));

/** Mantine Anchor / Button rendered as router links, with typed `to` and `params`. */
export const RouterAnchor = createLink(MantineAnchor);
export const RouterButton = createLink(MantineButtonAnchor);
