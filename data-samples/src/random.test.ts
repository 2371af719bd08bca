import { describe, expect, it } from 'vitest';
import { mulberry32, poisson, standardNormal } from './random.js';

/** Sample mean and variance. */
function moments(values: number[]): [number, number] {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
  return [mean, variance];
}

const N = 20_000;

describe('seeded random numbers', () => {
  it('mulberry32 repeats its sequence for a seed, in [0, 1)', () => {
    const a = mulberry32(2154);
    const b = mulberry32(2154);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(mulberry32(2155)()).not.toBe(xs[0]);
  });

  // Expected moments: N(0, 1) has mean 0, variance 1; Poisson(λ) has mean = variance = λ.
  // Tolerances are 4 standard errors of the sample mean (σ/√N) and of the sample variance
  // (≈ σ²·√(2/N) for normal data, √((μ₄ − σ⁴)/N) = √((λ + 2λ²)/N) for Poisson).
  it('standard normal deviates have mean 0 and variance 1', () => {
    const rand = mulberry32(1);
    const [mean, variance] = moments(Array.from({ length: N }, () => standardNormal(rand)));
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(N));
    expect(Math.abs(variance - 1)).toBeLessThan(4 * Math.sqrt(2 / N));
  });

  it.each([0.3, 4, 25, 400])('Poisson(%f) draws have mean and variance λ', (lambda) => {
    const rand = mulberry32(7);
    const draws = Array.from({ length: N }, () => poisson(rand, lambda));
    expect(draws.every((k) => Number.isInteger(k) && k >= 0)).toBe(true);
    const [mean, variance] = moments(draws);
    expect(Math.abs(mean - lambda)).toBeLessThan(4 * Math.sqrt(lambda / N));
    expect(Math.abs(variance - lambda)).toBeLessThan(4 * Math.sqrt((lambda + 2 * lambda * lambda) / N));
  });
});
