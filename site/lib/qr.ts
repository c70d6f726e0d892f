import QRCode from 'qrcode';

/**
 * A QR code for an address, as SVG markup, made at build time by the qrcode package: no service
 * is asked, and the printed page needs nothing from the network. Medium error correction survives
 * a creased or smudged handout; the quiet zone of 4 modules is what readers expect.
 */
export async function qrSvg(url: string): Promise<string> {
  if (!/^https?:\/\/[^/]+/.test(url)) throw new Error(`A QR code needs an absolute http(s) address, not "${url}"`);
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}
