package com.ccvglobe.bridge.sandbox.globesim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The server side of the NTLM handshake, structurally: a type 1 (negotiate) message is answered with a type 2
 * (challenge) message; a type 3 (authenticate) message is accepted when it is well formed, carries an NT response
 * and names the expected user (and domain, when one is set). The simulator does not verify the password hash.
 */
final class NtlmHandshake {

    private static final byte[] SIGNATURE = "NTLMSSP\0".getBytes(StandardCharsets.US_ASCII);
    private static final int UNICODE = 0x00000001;
    private static final int REQUEST_TARGET = 0x00000004;
    private static final int NTLM = 0x00000200;
    private static final int ALWAYS_SIGN = 0x00008000;
    private static final int TARGET_TYPE_DOMAIN = 0x00010000;
    private static final int EXTENDED_SESSION_SECURITY = 0x00080000;
    private static final int TARGET_INFO = 0x00800000;
    private static final int VERSION = 0x02000000;
    private static final int KEY_128 = 0x20000000;
    private static final int KEY_56 = 0x80000000;
    private static final String TARGET = "GLOBESIM";

    /** Who authenticated with a type 3 message. */
    record Identity(String domain, String user) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private NtlmHandshake() {
    }

    /** The message type (1, 2 or 3) of a base64 NTLM token, or 0 when it is not an NTLM message. */
    static int type(String base64) {
        try {
            byte[] message = Base64.getDecoder().decode(base64.trim());
            if (message.length < 12 || !Arrays.equals(Arrays.copyOf(message, 8), SIGNATURE)) {
                return 0;
            }
            return buffer(message).getInt(8);
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    /** A type 2 challenge message, base64. */
    static String challenge() {
        byte[] target = TARGET.getBytes(StandardCharsets.UTF_16LE);
        ByteBuffer info = ByteBuffer.allocate(4 + target.length + 4 + target.length + 4).order(ByteOrder.LITTLE_ENDIAN);
        info.putShort((short) 2).putShort((short) target.length).put(target); // MsvAvNbDomainName
        info.putShort((short) 1).putShort((short) target.length).put(target); // MsvAvNbComputerName
        info.putShort((short) 0).putShort((short) 0); // MsvAvEOL
        byte[] targetInfo = info.array();
        int headerLength = 56;
        ByteBuffer out = ByteBuffer.allocate(headerLength + target.length + targetInfo.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(SIGNATURE).putInt(2);
        out.putShort((short) target.length).putShort((short) target.length).putInt(headerLength);
        out.putInt(UNICODE | REQUEST_TARGET | NTLM | ALWAYS_SIGN | TARGET_TYPE_DOMAIN | EXTENDED_SESSION_SECURITY
                | TARGET_INFO | VERSION | KEY_128 | KEY_56);
        byte[] nonce = new byte[8];
        RANDOM.nextBytes(nonce);
        out.put(nonce).putLong(0);
        out.putShort((short) targetInfo.length).putShort((short) targetInfo.length).putInt(headerLength + target.length);
        out.put((byte) 10).put((byte) 0).putShort((short) 19041).put(new byte[] { 0, 0, 0, 15 });
        out.put(target).put(targetInfo);
        return Base64.getEncoder().encodeToString(out.array());
    }

    /** The identity in a well-formed type 3 message, or null when it is malformed or has no NT response. */
    static Identity authenticate(String base64) {
        try {
            byte[] message = Base64.getDecoder().decode(base64.trim());
            if (message.length < 64 || type(base64) != 3) {
                return null;
            }
            ByteBuffer buf = buffer(message);
            int ntLength = Short.toUnsignedInt(buf.getShort(20));
            boolean unicode = (buf.getInt(60) & UNICODE) != 0;
            String domain = field(message, buf, 28, unicode);
            String user = field(message, buf, 36, unicode);
            if (ntLength == 0 || user == null || user.isEmpty()) {
                return null;
            }
            return new Identity(domain, user);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String field(byte[] message, ByteBuffer buf, int at, boolean unicode) {
        int length = Short.toUnsignedInt(buf.getShort(at));
        int offset = buf.getInt(at + 4);
        if (offset < 0 || offset + length > message.length) {
            throw new IllegalArgumentException("security buffer outside the message");
        }
        return new String(message, offset, length, unicode ? StandardCharsets.UTF_16LE : StandardCharsets.US_ASCII);
    }

    private static ByteBuffer buffer(byte[] message) {
        return ByteBuffer.wrap(message).order(ByteOrder.LITTLE_ENDIAN);
    }
}
