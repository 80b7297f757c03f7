/**
 * Draws the QR code of an authenticator app's setup address (otpauth://) on the account page,
 * in the browser and from the page's own data: the secret never leaves for a QR service. Each
 * element with a data-otpauth attribute gets an SVG image of it, with a text alternative.
 */
import encodeQR from '@paulmillr/qr';

const SVG = 'http://www.w3.org/2000/svg';

function draw(target) {
  const address = target.dataset.otpauth;
  if (!address) {
    return;
  }
  const modules = encodeQR(address, 'raw', { ecc: 'medium', border: 4 });
  const size = modules.length;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('width', String(size * 5));
  svg.setAttribute('height', String(size * 5));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'QR code of the key for your authenticator app (the same key is written below)');
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#ffffff');
  svg.appendChild(background);
  const path = document.createElementNS(SVG, 'path');
  let d = '';
  modules.forEach((row, y) => row.forEach((dark, x) => {
    if (dark) {
      d += `M${x} ${y}h1v1h-1z`;
    }
  }));
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000000');
  svg.appendChild(path);
  target.replaceChildren(svg);
}

document.querySelectorAll('[data-otpauth]').forEach(draw);
