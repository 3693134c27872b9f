// The WebGL rule: a hardware GPU gets WebGL, a software renderer or none keeps the canvas.
import { describe, expect, it } from 'vitest';
import { isHardwareGpu } from '../../../../src/ui/graph/renderer.ts';

describe('isHardwareGpu', () => {
  it.each([
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)', true],
    ['Apple M2', true],
    ['Mesa Intel(R) UHD Graphics 620 (KBL GT2)', true],
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)', false],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', false],
    ['Microsoft Basic Render Driver', false],
    ['Google SwiftShader', false],
  ])('%s → %s', (name, hardware) => {
    expect(isHardwareGpu(name)).toBe(hardware);
  });

  it('keeps the canvas when the browser names no renderer', () => {
    expect(isHardwareGpu(null)).toBe(false);
  });
});
