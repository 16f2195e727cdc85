package app.journal.adapter.crypto;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Argon2 (RFC 9106: Argon2d, Argon2i and Argon2id, versions 0x10 and 0x13) that fills a memory it
 * keeps, instead of allocating {@code m} KiB for every hash.
 *
 * <p>Why our own: password4j allocates the whole memory (19 MiB at the default cost) and two 1 KiB
 * scratch blocks per compressed block on every hash, about 100 MiB of garbage per login, and in-flight
 * hashes' memory is live when the collector runs, so it is copied between generations. One engine per
 * hashing slot ({@link Argon2PasswordHasher}) reuses one flat {@code long[]} for every hash it runs:
 * after warm-up a hash allocates almost nothing. The memory is not wiped between hashes (Argon2 writes
 * every block before it reads it); it holds values derived from the last password hashed, as freed
 * memory would until it is reused.
 *
 * <p>The compression function is written out with local variables (no helper calls to be inlined), so
 * its speed does not depend on the JIT's inlining choices. Verified against the RFC 9106 test vectors
 * and against password4j ({@code Argon2EngineTest}). Not thread-safe: one hash at a time per engine.
 */
final class Argon2Engine {

    static final int TYPE_D = 0;
    static final int TYPE_I = 1;
    static final int TYPE_ID = 2;
    static final int VERSION_10 = 0x10;
    static final int VERSION_13 = 0x13;

    private static final int WORDS = 128;
    private static final int BLOCK_BYTES = 1024;
    private static final int SYNC_POINTS = 4;
    private static final long LOW = 0xFFFFFFFFL;

    private final int keptBlocks;
    private long @Nullable [] kept;
    private final long[] r = new long[WORDS];
    private final long[] tmp = new long[WORDS];
    private final long[] zero = new long[WORDS];
    private final long[] input = new long[WORDS];
    private final long[] address = new long[WORDS];
    private final byte[] blockBytes = new byte[BLOCK_BYTES];
    private final byte[] h0 = new byte[Blake2b.MAX_DIGEST_LENGTH + 8];
    private final byte[] chain = new byte[Blake2b.MAX_DIGEST_LENGTH];
    private final Blake2b blake = new Blake2b();

    // The hash being computed.
    private long[] memory = zero;
    private int type;
    private int version;
    private int blocks;
    private int passes;
    private int lanes;
    private int laneLength;
    private int segmentLength;

    /**
     * @param keptMemoryKiB memory kept between hashes (allocated at the first hash); a hash that
     *                      needs more gets memory of its own for that call only
     */
    Argon2Engine(int keptMemoryKiB) {
        this.keptBlocks = keptMemoryKiB;
    }

    /** The Argon2 tag of {@code password} (RFC 9106 section 3), {@code tagLength} bytes. */
    byte[] hash(int type, int version, int memoryKiB, int iterations, int parallelism, int tagLength,
            byte[] password, byte[] salt, byte[] secret, byte[] associatedData) {
        if (type < TYPE_D || type > TYPE_ID || (version != VERSION_10 && version != VERSION_13) || parallelism < 1
                || parallelism > 0xFFFFFF || memoryKiB < 8 * parallelism || iterations < 1 || tagLength < 4) {
            throw new IllegalArgumentException("invalid Argon2 parameters");
        }
        this.type = type;
        this.version = version;
        this.passes = iterations;
        this.lanes = parallelism;
        this.segmentLength = memoryKiB / (SYNC_POINTS * parallelism);
        this.laneLength = segmentLength * SYNC_POINTS;
        this.blocks = laneLength * parallelism;
        this.memory = memoryFor(blocks);
        try {
            blake.reset(Blake2b.MAX_DIGEST_LENGTH).updateInt(parallelism).updateInt(tagLength).updateInt(memoryKiB)
                    .updateInt(iterations).updateInt(version).updateInt(type)
                    .updateInt(password.length).update(password).updateInt(salt.length).update(salt)
                    .updateInt(secret.length).update(secret).updateInt(associatedData.length).update(associatedData)
                    .digest(h0, 0);
            for (int lane = 0; lane < lanes; lane++) {
                writeInt(h0, 68, lane);
                for (int column = 0; column < 2; column++) {
                    writeInt(h0, 64, column);
                    hPrime(h0, blockBytes);
                    int offset = (lane * laneLength + column) * WORDS;
                    for (int i = 0; i < WORDS; i++) {
                        memory[offset + i] = readLong(blockBytes, 8 * i);
                    }
                }
            }
            for (int pass = 0; pass < passes; pass++) {
                for (int slice = 0; slice < SYNC_POINTS; slice++) {
                    for (int lane = 0; lane < lanes; lane++) {
                        fillSegment(pass, slice, lane);
                    }
                }
            }
            int last = (laneLength - 1) * WORDS;
            System.arraycopy(memory, last, r, 0, WORDS);
            for (int lane = 1; lane < lanes; lane++) {
                int offset = last + lane * laneLength * WORDS;
                for (int i = 0; i < WORDS; i++) {
                    r[i] ^= memory[offset + i];
                }
            }
            for (int i = 0; i < WORDS; i++) {
                writeLong(blockBytes, 8 * i, r[i]);
            }
            var tag = new byte[tagLength];
            hPrime(blockBytes, tag);
            return tag;
        } finally {
            Arrays.fill(h0, (byte) 0);
            Arrays.fill(blockBytes, (byte) 0);
            Arrays.fill(chain, (byte) 0);
            memory = zero;
        }
    }

    private long[] memoryFor(int blockCount) {
        if (blockCount > keptBlocks) {
            return new long[blockCount * WORDS];
        }
        if (kept == null) {
            kept = new long[keptBlocks * WORDS];
        }
        return kept;
    }

    private void fillSegment(int pass, int slice, int lane) {
        boolean dataIndependent = type == TYPE_I || (type == TYPE_ID && pass == 0 && slice < SYNC_POINTS / 2);
        if (dataIndependent) {
            Arrays.fill(input, 0);
            input[0] = pass;
            input[1] = lane;
            input[2] = slice;
            input[3] = blocks;
            input[4] = passes;
            input[5] = type;
        }
        int start = 0;
        if (pass == 0 && slice == 0) {
            start = 2;
            if (dataIndependent) {
                nextAddresses();
            }
        }
        boolean withXor = version != VERSION_10 && pass != 0;
        int current = lane * laneLength + slice * segmentLength + start;
        int previous = current % laneLength == 0 ? current + laneLength - 1 : current - 1;
        for (int index = start; index < segmentLength; index++, current++, previous++) {
            if (current % laneLength == 1) {
                previous = current - 1;
            }
            long pseudoRandom;
            if (dataIndependent) {
                if (index % WORDS == 0) {
                    nextAddresses();
                }
                pseudoRandom = address[index % WORDS];
            } else {
                pseudoRandom = memory[previous * WORDS];
            }
            int refLane = pass == 0 && slice == 0 ? lane : (int) ((pseudoRandom >>> 32) % lanes);
            int refIndex = referenceIndex(pass, slice, index, pseudoRandom & LOW, refLane == lane);
            fillBlock(memory, previous * WORDS, memory, (refLane * laneLength + refIndex) * WORDS, memory,
                    current * WORDS, withXor);
        }
    }

    /** RFC 9106 section 3.4.1.2 (the reference implementation's {@code index_alpha}), in unsigned arithmetic. */
    private int referenceIndex(int pass, int slice, int index, long j1, boolean sameLane) {
        long area;
        if (pass == 0) {
            if (slice == 0) {
                area = index - 1L;
            } else if (sameLane) {
                area = (long) slice * segmentLength + index - 1;
            } else {
                area = (long) slice * segmentLength + (index == 0 ? -1 : 0);
            }
        } else if (sameLane) {
            area = (long) laneLength - segmentLength + index - 1;
        } else {
            area = (long) laneLength - segmentLength + (index == 0 ? -1 : 0);
        }
        long relative = (j1 * j1) >>> 32;
        relative = area - 1 - ((area * relative) >>> 32);
        long startPosition = pass == 0 || slice == SYNC_POINTS - 1 ? 0 : (long) (slice + 1) * segmentLength;
        return (int) ((startPosition + relative) % laneLength);
    }

    private void nextAddresses() {
        input[6]++;
        fillBlock(zero, 0, input, 0, address, 0, false);
        fillBlock(zero, 0, address, 0, address, 0, false);
    }

    /** {@code out = G(x, y)} (XORed into {@code out} when {@code withXor}), RFC 9106 section 3.5. */
    private void fillBlock(long[] x, int xOffset, long[] y, int yOffset, long[] out, int outOffset, boolean withXor) {
        for (int i = 0; i < WORDS; i++) {
            r[i] = x[xOffset + i] ^ y[yOffset + i];
        }
        if (withXor) {
            for (int i = 0; i < WORDS; i++) {
                tmp[i] = r[i] ^ out[outOffset + i];
            }
        } else {
            System.arraycopy(r, 0, tmp, 0, WORDS);
        }
        for (int i = 0; i < 8; i++) {
            int b = 16 * i;
            round(r, b, b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7, b + 8, b + 9, b + 10, b + 11, b + 12, b + 13,
                    b + 14, b + 15);
        }
        for (int i = 0; i < 8; i++) {
            int b = 2 * i;
            round(r, b, b + 1, b + 16, b + 17, b + 32, b + 33, b + 48, b + 49, b + 64, b + 65, b + 80, b + 81, b + 96,
                    b + 97, b + 112, b + 113);
        }
        for (int i = 0; i < WORDS; i++) {
            out[outOffset + i] = tmp[i] ^ r[i];
        }
    }

    /** The variable-length hash H' (RFC 9106 section 3.3): {@code out.length} bytes of {@code in}. */
    private void hPrime(byte[] in, byte[] out) {
        int length = out.length;
        if (length <= Blake2b.MAX_DIGEST_LENGTH) {
            blake.reset(length).updateInt(length).update(in).digest(out, 0);
            return;
        }
        blake.reset(Blake2b.MAX_DIGEST_LENGTH).updateInt(length).update(in).digest(chain, 0);
        System.arraycopy(chain, 0, out, 0, 32);
        int position = 32;
        while (length - position > Blake2b.MAX_DIGEST_LENGTH) {
            blake.reset(Blake2b.MAX_DIGEST_LENGTH).update(chain).digest(chain, 0);
            System.arraycopy(chain, 0, out, position, 32);
            position += 32;
        }
        blake.reset(length - position).update(chain).digest(out, position);
    }

    /** One BLAKE2b round without message words, with Argon2's multiplication (RFC 9106 section 3.6). */
    private static void round(long[] r, int i0, int i1, int i2, int i3, int i4, int i5, int i6, int i7, int i8, int i9,
            int i10, int i11, int i12, int i13, int i14, int i15) {
        long v0 = r[i0], v1 = r[i1], v2 = r[i2], v3 = r[i3], v4 = r[i4], v5 = r[i5], v6 = r[i6], v7 = r[i7];
        long v8 = r[i8], v9 = r[i9], v10 = r[i10], v11 = r[i11], v12 = r[i12], v13 = r[i13], v14 = r[i14], v15 = r[i15];
        v0 = v0 + v4 + 2 * (v0 & LOW) * (v4 & LOW);
        v12 = Long.rotateRight(v12 ^ v0, 32);
        v8 = v8 + v12 + 2 * (v8 & LOW) * (v12 & LOW);
        v4 = Long.rotateRight(v4 ^ v8, 24);
        v0 = v0 + v4 + 2 * (v0 & LOW) * (v4 & LOW);
        v12 = Long.rotateRight(v12 ^ v0, 16);
        v8 = v8 + v12 + 2 * (v8 & LOW) * (v12 & LOW);
        v4 = Long.rotateRight(v4 ^ v8, 63);
        v1 = v1 + v5 + 2 * (v1 & LOW) * (v5 & LOW);
        v13 = Long.rotateRight(v13 ^ v1, 32);
        v9 = v9 + v13 + 2 * (v9 & LOW) * (v13 & LOW);
        v5 = Long.rotateRight(v5 ^ v9, 24);
        v1 = v1 + v5 + 2 * (v1 & LOW) * (v5 & LOW);
        v13 = Long.rotateRight(v13 ^ v1, 16);
        v9 = v9 + v13 + 2 * (v9 & LOW) * (v13 & LOW);
        v5 = Long.rotateRight(v5 ^ v9, 63);
        v2 = v2 + v6 + 2 * (v2 & LOW) * (v6 & LOW);
        v14 = Long.rotateRight(v14 ^ v2, 32);
        v10 = v10 + v14 + 2 * (v10 & LOW) * (v14 & LOW);
        v6 = Long.rotateRight(v6 ^ v10, 24);
        v2 = v2 + v6 + 2 * (v2 & LOW) * (v6 & LOW);
        v14 = Long.rotateRight(v14 ^ v2, 16);
        v10 = v10 + v14 + 2 * (v10 & LOW) * (v14 & LOW);
        v6 = Long.rotateRight(v6 ^ v10, 63);
        v3 = v3 + v7 + 2 * (v3 & LOW) * (v7 & LOW);
        v15 = Long.rotateRight(v15 ^ v3, 32);
        v11 = v11 + v15 + 2 * (v11 & LOW) * (v15 & LOW);
        v7 = Long.rotateRight(v7 ^ v11, 24);
        v3 = v3 + v7 + 2 * (v3 & LOW) * (v7 & LOW);
        v15 = Long.rotateRight(v15 ^ v3, 16);
        v11 = v11 + v15 + 2 * (v11 & LOW) * (v15 & LOW);
        v7 = Long.rotateRight(v7 ^ v11, 63);
        v0 = v0 + v5 + 2 * (v0 & LOW) * (v5 & LOW);
        v15 = Long.rotateRight(v15 ^ v0, 32);
        v10 = v10 + v15 + 2 * (v10 & LOW) * (v15 & LOW);
        v5 = Long.rotateRight(v5 ^ v10, 24);
        v0 = v0 + v5 + 2 * (v0 & LOW) * (v5 & LOW);
        v15 = Long.rotateRight(v15 ^ v0, 16);
        v10 = v10 + v15 + 2 * (v10 & LOW) * (v15 & LOW);
        v5 = Long.rotateRight(v5 ^ v10, 63);
        v1 = v1 + v6 + 2 * (v1 & LOW) * (v6 & LOW);
        v12 = Long.rotateRight(v12 ^ v1, 32);
        v11 = v11 + v12 + 2 * (v11 & LOW) * (v12 & LOW);
        v6 = Long.rotateRight(v6 ^ v11, 24);
        v1 = v1 + v6 + 2 * (v1 & LOW) * (v6 & LOW);
        v12 = Long.rotateRight(v12 ^ v1, 16);
        v11 = v11 + v12 + 2 * (v11 & LOW) * (v12 & LOW);
        v6 = Long.rotateRight(v6 ^ v11, 63);
        v2 = v2 + v7 + 2 * (v2 & LOW) * (v7 & LOW);
        v13 = Long.rotateRight(v13 ^ v2, 32);
        v8 = v8 + v13 + 2 * (v8 & LOW) * (v13 & LOW);
        v7 = Long.rotateRight(v7 ^ v8, 24);
        v2 = v2 + v7 + 2 * (v2 & LOW) * (v7 & LOW);
        v13 = Long.rotateRight(v13 ^ v2, 16);
        v8 = v8 + v13 + 2 * (v8 & LOW) * (v13 & LOW);
        v7 = Long.rotateRight(v7 ^ v8, 63);
        v3 = v3 + v4 + 2 * (v3 & LOW) * (v4 & LOW);
        v14 = Long.rotateRight(v14 ^ v3, 32);
        v9 = v9 + v14 + 2 * (v9 & LOW) * (v14 & LOW);
        v4 = Long.rotateRight(v4 ^ v9, 24);
        v3 = v3 + v4 + 2 * (v3 & LOW) * (v4 & LOW);
        v14 = Long.rotateRight(v14 ^ v3, 16);
        v9 = v9 + v14 + 2 * (v9 & LOW) * (v14 & LOW);
        v4 = Long.rotateRight(v4 ^ v9, 63);
        r[i0] = v0;
        r[i1] = v1;
        r[i2] = v2;
        r[i3] = v3;
        r[i4] = v4;
        r[i5] = v5;
        r[i6] = v6;
        r[i7] = v7;
        r[i8] = v8;
        r[i9] = v9;
        r[i10] = v10;
        r[i11] = v11;
        r[i12] = v12;
        r[i13] = v13;
        r[i14] = v14;
        r[i15] = v15;
    }

    static long readLong(byte[] bytes, int offset) {
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = (value << 8) | (bytes[offset + i] & 0xFF);
        }
        return value;
    }

    private static void writeLong(byte[] bytes, int offset, long value) {
        for (int i = 0; i < 8; i++) {
            bytes[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    private static void writeInt(byte[] bytes, int offset, int value) {
        for (int i = 0; i < 4; i++) {
            bytes[offset + i] = (byte) (value >>> (8 * i));
        }
    }
}
