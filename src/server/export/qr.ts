/** A QR code for posters: PNG large enough to print on A4, or SVG that scales to any size. */
export async function qrCode(url: string, format: 'png' | 'svg'): Promise<Buffer | string> {
  // Loaded on first use, not at start (issue 19: a lighter process).
  const { default: QRCode } = await import('qrcode');
  const options = { errorCorrectionLevel: 'M' as const, margin: 2 };
  return format === 'png' ? QRCode.toBuffer(url, { ...options, type: 'png', width: 1200 }) : QRCode.toString(url, { ...options, type: 'svg' });
}
