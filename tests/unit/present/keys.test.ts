// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { keyAction, targetKind, type KeyContext } from '../../../src/lib/present/keys';

const on: KeyContext = { active: true, target: 'other', typing: false };
const off: KeyContext = { active: false, target: 'other', typing: false };

describe('keyAction while presenting (keyboard and clicker)', () => {
  it.each<[string, unknown]>([
    ['ArrowRight', { kind: 'move', move: 'next' }],
    ['PageDown', { kind: 'move', move: 'next' }],
    ['ArrowDown', { kind: 'move', move: 'next' }],
    ['ArrowLeft', { kind: 'move', move: 'prev' }],
    ['PageUp', { kind: 'move', move: 'prev' }],
    ['ArrowUp', { kind: 'move', move: 'prev' }],
    ['Home', { kind: 'move', move: 'first' }],
    ['End', { kind: 'move', move: 'last' }],
    [' ', { kind: 'play' }],
    ['Escape', { kind: 'exit' }],
    ['f', { kind: 'fullscreen' }],
    ['F', { kind: 'fullscreen' }],
    ['c', { kind: 'cumulative' }],
    ['?', { kind: 'controls' }],
    ['7', { kind: 'digit', digit: '7' }],
    ['Enter', null],
    ['Backspace', null],
    ['p', null],
    ['x', null],
  ])('%j → %j', (key, out) => {
    expect(keyAction({ key }, on)).toEqual(out);
  });
});

describe('keyAction while typing a step number', () => {
  const typing = { ...on, typing: true };
  it.each<[string, unknown]>([
    ['Enter', { kind: 'jump' }],
    ['Backspace', { kind: 'erase' }],
    ['Escape', { kind: 'cancel' }],
    ['3', { kind: 'digit', digit: '3' }],
    ['PageDown', { kind: 'move', move: 'next' }],
  ])('%j → %j', (key, out) => {
    expect(keyAction({ key }, typing)).toEqual(out);
  });
});

describe('keyAction outside presentation', () => {
  it.each<[string, unknown]>([
    ['p', { kind: 'enter' }],
    ['P', { kind: 'enter' }],
    ['f', { kind: 'fullscreen' }],
    ['ArrowRight', null],
    ['PageDown', null],
    [' ', null],
    ['Escape', null],
    ['1', null],
  ])('%j → %j', (key, out) => {
    expect(keyAction({ key }, off)).toEqual(out);
  });
});

describe('keyAction prints the handout on Ctrl/⌘+P, presenting or not, even from a field', () => {
  it.each<[string, Record<string, boolean>, KeyContext]>([
    ['p', { ctrlKey: true }, off],
    ['p', { metaKey: true }, off],
    ['P', { ctrlKey: true }, on],
    ['p', { ctrlKey: true }, { ...off, target: 'text' }],
  ])('%j with %j in %j → print', (key, mods, ctx) => {
    expect(keyAction({ key, ...mods }, ctx)).toEqual({ kind: 'print' });
  });
});

describe('keyAction leaves others alone', () => {
  it.each<[string, Record<string, boolean>, KeyContext]>([
    ['p', { ctrlKey: true, shiftKey: true }, off],
    ['p', { ctrlKey: true, altKey: true }, off],
    ['f', { ctrlKey: true }, off],
    ['f', { altKey: true }, on],
    ['ArrowRight', { ctrlKey: true }, on],
    ['p', {}, { ...off, target: 'text' }],
    ['ArrowRight', {}, { ...on, target: 'text' }],
    ['Escape', {}, { ...on, target: 'text' }],
    [' ', {}, { ...on, target: 'button' }],
    ['Enter', {}, { ...on, target: 'button' }],
  ])('%j with %j in %j → null', (key, mods, ctx) => {
    expect(keyAction({ key, ...mods }, ctx)).toBeNull();
  });

  it('keeps clicker keys working when a button has focus', () => {
    expect(keyAction({ key: 'PageDown' }, { ...on, target: 'button' })).toEqual({
      kind: 'move',
      move: 'next',
    });
  });
});

describe('targetKind', () => {
  const el = (html: string) => {
    document.body.innerHTML = html;
    const first = document.body.firstElementChild!;
    // Inside a dialog, classify its first descendant (what has focus there).
    return first.matches('dialog, [role="dialog"]') ? first.firstElementChild : first;
  };
  it.each<[string, string]>([
    ['<input type="text">', 'text'],
    ['<input type="number">', 'text'],
    ['<input type="checkbox">', 'button'],
    ['<textarea></textarea>', 'text'],
    ['<select></select>', 'text'],
    ['<button></button>', 'button'],
    ['<a href="#x">x</a>', 'button'],
    ['<div role="button"></div>', 'button'],
    ['<div></div>', 'other'],
    ['<dialog open><button>x</button></dialog>', 'text'],
    ['<div role="dialog"><div>x</div></div>', 'text'],
  ])('%s → %s', (html, out) => {
    expect(targetKind(el(html))).toBe(out);
  });

  it('treats contenteditable as text, and null as other', () => {
    const div = el('<div contenteditable="true"></div>') as HTMLElement;
    // jsdom does not compute isContentEditable; fake what a browser reports.
    Object.defineProperty(div, 'isContentEditable', { value: true });
    expect(targetKind(div)).toBe('text');
    expect(targetKind(null)).toBe('other');
  });
});
