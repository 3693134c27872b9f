// Which renderer draws the graph: cytoscape's WebGL renderer or its 2D canvas.
//
// The rule: WebGL when the browser reports a hardware GPU, the 2D canvas otherwise, and the
// user's own choice ("webgl" or "canvas", kept in localStorage) over both. The GPU is read from
// WEBGL_debug_renderer_info; renderers that draw on the CPU (SwiftShader, llvmpipe, softpipe,
// Microsoft Basic Render Driver, "software") count as none. Measured on a machine without a GPU
// (README, Performance): WebGL through SwiftShader made a what-if on 5,000 nodes slower than the
// 2D canvas (4.5 s against 1.5 s), so a software renderer keeps the canvas.
export type RendererChoice = 'auto' | 'webgl' | 'canvas';

export interface RendererDecision {
  readonly webgl: boolean;
  /** The GPU the browser names, or null when it names none. */
  readonly gpu: string | null;
  readonly choice: RendererChoice;
}

const STORAGE_KEY = 'chokepoint.renderer';
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

/** The renderer's name as the browser reports it, or null. */
export function gpuName(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (gl === null) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info === null ? null : (gl.getParameter(info.UNMASKED_RENDERER_WEBGL) as unknown);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

export function isHardwareGpu(name: string | null): boolean {
  return name !== null && !SOFTWARE.test(name);
}

export function storedChoice(): RendererChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'webgl' || value === 'canvas' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

export function storeChoice(choice: RendererChoice): void {
  try {
    if (choice === 'auto') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // private mode: the choice lasts as long as the page
  }
}

let detected: string | null | undefined;

export function decideRenderer(choice: RendererChoice = storedChoice()): RendererDecision {
  if (detected === undefined) detected = gpuName();
  const webgl = choice === 'auto' ? isHardwareGpu(detected) : choice === 'webgl';
  return { webgl, gpu: detected, choice };
}
