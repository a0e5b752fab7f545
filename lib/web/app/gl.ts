/** What the page's GPU offers: a WebGL2 context and its renderer string (SwiftShader in headless Chromium). */

export interface GlProbe {
  readonly webgl2: boolean;
  /** UNMASKED_RENDERER_WEBGL where the browser exposes it, else RENDERER; '' without WebGL2. */
  readonly renderer: string;
}

export function probeWebGl2(): GlProbe {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return { webgl2: false, renderer: '' };
  const ext = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { webgl2: true, renderer };
}
