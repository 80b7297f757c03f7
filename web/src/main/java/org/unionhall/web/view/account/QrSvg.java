package org.unionhall.web.view.account;

import io.nayuki.qrcodegen.QrCode;

/**
 * The QR code of an authenticator app's setup address ({@code otpauth://…}) as an SVG image,
 * drawn on the server into the page: the key never goes to a QR service, and the page needs no
 * script. The image is built here from the code's modules alone (no text of the address is in
 * the markup), with the quiet zone of four modules the standard asks for.
 */
final class QrSvg {
    private static final int QUIET_ZONE = 4;
    private static final int PIXELS_PER_MODULE = 5;

    private QrSvg() {
    }

    /** The SVG markup of the QR code of the text (error correction level M). */
    static String of(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder(qr.size * qr.size * 6);
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" width=\""
                + size * PIXELS_PER_MODULE + "\" height=\"" + size * PIXELS_PER_MODULE + "\" role=\"img\" "
                + "aria-label=\"QR code of the key for your authenticator app (the same key is written below)\" "
                + "shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
                + "\" fill=\"#ffffff\"/><path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }
}
