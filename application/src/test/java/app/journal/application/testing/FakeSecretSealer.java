package app.journal.application.testing;

import app.journal.application.port.out.SecretSealer;
import java.util.Arrays;

/**
 * Seals by prefixing the associated data and flipping every byte: not secret, but a value sealed for one
 * account does not open for another, as with the real sealer.
 */
public final class FakeSecretSealer implements SecretSealer {

    @Override
    public byte[] seal(byte[] plaintext, byte[] associatedData) {
        var out = new byte[associatedData.length + 1 + plaintext.length];
        out[0] = (byte) associatedData.length;
        System.arraycopy(associatedData, 0, out, 1, associatedData.length);
        for (int i = 0; i < plaintext.length; i++) {
            out[1 + associatedData.length + i] = (byte) ~plaintext[i];
        }
        return out;
    }

    @Override
    public byte[] open(byte[] sealed, byte[] associatedData) {
        int n = sealed.length == 0 ? -1 : sealed[0] & 0xff;
        if (n != associatedData.length || !Arrays.equals(Arrays.copyOfRange(sealed, 1, 1 + n), associatedData)) {
            throw new SealBrokenException();
        }
        var plain = Arrays.copyOfRange(sealed, 1 + n, sealed.length);
        for (int i = 0; i < plain.length; i++) {
            plain[i] = (byte) ~plain[i];
        }
        return plain;
    }
}
