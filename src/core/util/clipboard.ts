/**
 * Copies text to the clipboard. Where there is no clipboard (sandboxed frames,
 * pages not served over HTTPS, a refused permission), selects the text on the
 * page instead for the reader to copy with Ctrl+C: `fallback` returns the node
 * that shows it (a textarea or input is focused and selected, any other node
 * has its content selected); it may wait for a render first.
 * Resolves to whether the clipboard took the text.
 */
export async function copyText(text: string, fallback?: () => Element | null | undefined | Promise<Element | null | undefined>): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const node = await fallback?.();
    if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) {
      node.focus();
      node.select();
    } else if (node) {
      window.getSelection()?.selectAllChildren(node);
    }
    return false;
  }
}
