package org.coplan.people.internal;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.TimeProvider;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time codes (RFC 6238) as authenticator apps make them: 6 digits, a new code every
 * 30 seconds, HMAC-SHA1 (the only algorithm every app supports). The maths is the library's; this
 * class says which 30-second step a code belongs to, because refusing a code used before needs it.
 */
@Component
public class AuthenticatorCodes {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    /** Codes from one step before and one after are accepted too, for a phone whose clock has drifted. */
    static final int DRIFT_STEPS = 1;

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final TimeProvider time;

    AuthenticatorCodes(Clock clock) {
        this.time = new ClockTimeProvider(clock);
    }

    /** A new random key: 32 base-32 characters, 160 bits. */
    public String newKey() {
        return secrets.generate();
    }

    public long currentStep() {
        return Math.floorDiv(time.getTime(), PERIOD_SECONDS);
    }

    /** The code an app shows for this key in this step. */
    public String codeAt(String key, long step) {
        try {
            return generator.generate(key, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("cannot make a code from the stored key", e);
        }
    }

    /** The step whose code this is, among the previous, current and next step; empty if none. */
    public OptionalLong stepOf(String key, String code) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = currentStep();
        long found = -1;
        for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
            // Every step is compared, in constant time, so the time taken says nothing about the code.
            if (MessageDigest.isEqual(codeAt(key, step).getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
                found = step;
            }
        }
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /**
     * The QR code an app scans, as a data: URI (the content security policy allows images only
     * from Coplan itself or data: URIs).
     */
    public String qrImage(String key, String accountName, String issuer) {
        QrData data = new QrData.Builder()
                .label(accountName)
                .secret(key)
                .issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build();
        ZxingPngQrGenerator png = new ZxingPngQrGenerator();
        png.setImageSize(240);
        try {
            return Utils.getDataUriForImage(png.generate(data), png.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("cannot draw the QR code", e);
        }
    }
}
