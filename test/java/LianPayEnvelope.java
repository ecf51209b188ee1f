// An independent implementation of LianLian's signature and lianpay1_0_1 envelope on the JDK's
// own providers, used by test/crypto/crosscheck.test.ts to check the TypeScript runtime against
// code it does not share. Run as a single-file program (Java 11+):
//
//   java LianPayEnvelope.java encrypt PUBLIC_KEY_FILE PLAINTEXT_FILE   -> envelope on stdout
//   java LianPayEnvelope.java decrypt PRIVATE_KEY_FILE ENVELOPE_FILE   -> plaintext on stdout
//   java LianPayEnvelope.java sign PRIVATE_KEY_FILE ALGORITHM SOURCE_FILE  -> base64 signature
//   java LianPayEnvelope.java verify PUBLIC_KEY_FILE ALGORITHM SOURCE_FILE SIGN -> true|false
//   java LianPayEnvelope.java sortkeys KEYS_FILE  -> each blank-line-separated set of keys (one a
//     line) sorted with String.CASE_INSENSITIVE_ORDER, as LianLian's Java SignUtil sorts them
//
// Key files hold bare base64 (PKCS#8 private, X.509 SubjectPublicKeyInfo public) or the same in
// PEM; ALGORITHM is a JCA name such as MD5withRSA or SHA256withRSA.

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public class LianPayEnvelope {
  private static final String VERSION = "lianpay1_0_1";
  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Sorts each blank-line-separated set of lines with String.CASE_INSENSITIVE_ORDER. */
  static String sortKeys(String text) {
    StringBuilder sorted = new StringBuilder();
    for (String set : text.split("\n\n", -1)) {
      java.util.List<String> keys = new java.util.ArrayList<>(java.util.Arrays.asList(set.split("\n")));
      java.util.Collections.sort(keys, String.CASE_INSENSITIVE_ORDER);
      if (sorted.length() > 0) sorted.append("\n\n");
      sorted.append(String.join("\n", keys));
    }
    return sorted.toString();
  }

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try {
      String command = args.length > 0 ? args[0] : "";
      switch (command) {
        case "encrypt":
          out.print(encrypt(publicKey(args[1]), read(args[2])));
          break;
        case "decrypt":
          out.print(decrypt(privateKey(args[1]), read(args[2])));
          break;
        case "sign":
          out.print(sign(privateKey(args[1]), args[2], read(args[3])));
          break;
        case "verify":
          out.print(verify(publicKey(args[1]), args[2], read(args[3]), args[4]));
          break;
        case "sortkeys":
          out.print(sortKeys(read(args[1])));
          break;
        default:
          System.err.println("usage: encrypt|decrypt|sign|verify ...");
          System.exit(2);
      }
    } catch (EnvelopeException e) {
      System.err.println(e.getMessage());
      System.exit(3);
    }
  }

  static String encrypt(PublicKey key, String plaintext) throws Exception {
    byte[] hmacKey = randomText(32);
    byte[] aesKey = randomText(32);
    byte[] nonce = randomText(8);
    Base64.Encoder mime = Base64.getMimeEncoder();
    Cipher aes = Cipher.getInstance("AES/CTR/NoPadding");
    aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), counter(nonce));
    byte[] ciphertext = aes.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
    String nonceField = mime.encodeToString(nonce);
    String ciphertextField = mime.encodeToString(ciphertext);
    byte[] mac = hmac(hmacKey, nonceField + "$" + ciphertextField);
    return String.join(
        "$",
        VERSION,
        mime.encodeToString(wrap(key, hmacKey)),
        mime.encodeToString(wrap(key, aesKey)),
        nonceField,
        ciphertextField,
        mime.encodeToString(mac));
  }

  static String decrypt(PrivateKey key, String envelope) throws Exception {
    String[] fields = envelope.trim().split("\\$", -1);
    if (fields.length != 6 || !VERSION.equals(fields[0])) {
      throw new EnvelopeException("not a lianpay1_0_1 envelope of six fields");
    }
    Base64.Decoder mime = Base64.getMimeDecoder();
    byte[] hmacKey = unwrap(key, mime.decode(fields[1]));
    byte[] aesKey = unwrap(key, mime.decode(fields[2]));
    byte[] nonce = mime.decode(fields[3]);
    byte[] expected = hmac(hmacKey, fields[3] + "$" + fields[4]);
    if (!MessageDigest.isEqual(expected, mime.decode(fields[5]))) {
      throw new EnvelopeException("MAC mismatch");
    }
    Cipher aes = Cipher.getInstance("AES/CTR/NoPadding");
    aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"), counter(nonce));
    return new String(aes.doFinal(mime.decode(fields[4])), StandardCharsets.UTF_8);
  }

  static String sign(PrivateKey key, String algorithm, String source) throws Exception {
    Signature signature = Signature.getInstance(algorithm);
    signature.initSign(key);
    signature.update(source.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(signature.sign());
  }

  static boolean verify(PublicKey key, String algorithm, String source, String sign)
      throws Exception {
    Signature signature = Signature.getInstance(algorithm);
    signature.initVerify(key);
    signature.update(source.getBytes(StandardCharsets.UTF_8));
    return signature.verify(Base64.getDecoder().decode(sign));
  }

  private static byte[] wrap(PublicKey key, byte[] secret) throws Exception {
    Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
    rsa.init(Cipher.ENCRYPT_MODE, key);
    return rsa.doFinal(secret);
  }

  private static byte[] unwrap(PrivateKey key, byte[] wrapped) throws Exception {
    try {
      Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
      rsa.init(Cipher.DECRYPT_MODE, key);
      return rsa.doFinal(wrapped);
    } catch (javax.crypto.BadPaddingException e) {
      throw new EnvelopeException("key unwrap failed");
    }
  }

  private static byte[] hmac(byte[] key, String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
  }

  private static IvParameterSpec counter(byte[] nonce) {
    byte[] block = new byte[16];
    System.arraycopy(nonce, 0, block, 0, 8);
    block[15] = 1;
    return new IvParameterSpec(block);
  }

  private static byte[] randomText(int length) {
    byte[] text = new byte[length];
    for (int i = 0; i < length; i++) {
      text[i] = (byte) ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
    }
    return text;
  }

  private static String read(String file) throws Exception {
    return Files.readString(Path.of(file), StandardCharsets.UTF_8);
  }

  private static byte[] keyBytes(String file) throws Exception {
    StringBuilder body = new StringBuilder();
    for (String line : read(file).split("\\r?\\n")) {
      if (!line.startsWith("-----")) body.append(line.trim());
    }
    return Base64.getDecoder().decode(body.toString());
  }

  private static PrivateKey privateKey(String file) throws Exception {
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(keyBytes(file)));
  }

  private static PublicKey publicKey(String file) throws Exception {
    return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(keyBytes(file)));
  }

  private static final class EnvelopeException extends Exception {
    EnvelopeException(String message) {
      super(message);
    }
  }
}
