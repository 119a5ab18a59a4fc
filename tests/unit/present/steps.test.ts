import { describe, expect, it } from 'vitest';
import {
  autoplayNext,
  clampStep,
  jumpTarget,
  moveStep,
  startStep,
  type StepMove,
} from '../../../src/lib/present/steps';

describe('clampStep', () => {
  it.each([
    [0, 5, 0],
    [4, 5, 4],
    [12, 5, 4],
    [-1, 5, 0],
    [2.7, 5, 2],
    [3, 0, 0],
    [NaN, 5, 0],
  ])('clampStep(%s, %s) → %s', (step, count, out) => {
    expect(clampStep(step, count)).toBe(out);
  });
});

describe('moveStep', () => {
  it.each<[number, number, StepMove, number]>([
    [0, 5, 'next', 1],
    [4, 5, 'next', 4],
    [0, 5, 'prev', 0],
    [3, 5, 'prev', 2],
    [3, 5, 'first', 0],
    [1, 5, 'last', 4],
    [9, 5, 'prev', 3],
    [0, 0, 'next', 0],
    [0, 0, 'last', 0],
    [0, 1, 'next', 0],
  ])('moveStep(%s, %s, %s) → %s', (step, count, move, out) => {
    expect(moveStep(step, count, move)).toBe(out);
  });
});

describe('jumpTarget (people count from 1)', () => {
  it.each<[string, number, number | null]>([
    ['12', 87, 11],
    ['1', 87, 0],
    ['87', 87, 86],
    ['9999', 87, 86],
    ['0', 87, null],
    ['', 87, null],
    ['1a', 87, null],
    ['3', 0, null],
  ])('jumpTarget(%j, %s) → %s', (typed, count, out) => {
    expect(jumpTarget(typed, count)).toBe(out);
  });
});

describe('startStep', () => {
  it.each<[string[], string | null, number]>([
    [['a', 'b', 'c'], 'b', 1],
    [['a', 'b', 'c'], 'x', 0],
    [['a', 'b', 'c'], null, 0],
    [[], 'a', 0],
  ])('startStep(%j, %s) → %s', (steps, sel, out) => {
    expect(startStep(steps, sel)).toBe(out);
  });
});

describe('autoplayNext', () => {
  it.each<[number, number, number | null]>([
    [0, 5, 1],
    [3, 5, 4],
    [4, 5, null],
    [0, 1, null],
    [0, 0, null],
  ])('autoplayNext(%s, %s) → %s', (step, count, out) => {
    expect(autoplayNext(step, count)).toBe(out);
  });
});
