import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { qrSvg } from './qr.ts';

describe('qrSvg', () => {
  it('draws the address as an SVG QR code, black on white, with a quiet zone', async () => {
    const url = 'https://hub.example.org/pathways/career-changer-to-technician/';
    const svg = await qrSvg(url);
    const modules = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size;
    expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${modules + 8} ${modules + 8}"`));
    expect(svg).toContain('stroke="#000000"');
    expect(svg).toContain('fill="#ffffff"');
  });

  it('refuses a relative address, which a phone could not open', async () => {
    await expect(qrSvg('/pathways/x/')).rejects.toThrow(/absolute http\(s\) address, not "\/pathways\/x\/"/);
  });
});
