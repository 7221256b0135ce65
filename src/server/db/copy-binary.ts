/**
 * Rows in PostgreSQL's binary COPY format (see the COPY reference, "Binary Format"): an 11-byte
 * signature, flags and header-extension length, then per row the field count and each field as its byte
 * length (-1 for NULL) and its bytes in network order, then a -1 trailer. Integers and doubles need no
 * text conversion on either side, which makes a large COPY of numbers cheaper than CSV.
 */
const SIGNATURE = [0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00];

export class BinaryCopyBuffer {
  private bytes: Uint8Array;
  private view: DataView;
  private at = 0;
  private readonly encoder = new TextEncoder();

  constructor(expectedBytes = 1 << 16) {
    this.bytes = new Uint8Array(Math.max(64, expectedBytes + 32));
    this.view = new DataView(this.bytes.buffer);
    this.bytes.set(SIGNATURE, 0);
    this.view.setInt32(11, 0);
    this.view.setInt32(15, 0);
    this.at = 19;
  }

  /** Starts a row of `fields` fields. */
  row(fields: number): this {
    this.room(2);
    this.view.setInt16(this.at, fields);
    this.at += 2;
    return this;
  }

  int4(value: number): this {
    if (!Number.isInteger(value) || value < -(2 ** 31) || value >= 2 ** 31)
      throw new Error(`binary COPY: ${value} is not an int4`);
    this.room(8);
    this.view.setInt32(this.at, 4);
    this.view.setInt32(this.at + 4, value);
    this.at += 8;
    return this;
  }

  float8(value: number): this {
    this.room(12);
    this.view.setInt32(this.at, 8);
    this.view.setFloat64(this.at + 4, value);
    this.at += 12;
    return this;
  }

  /** A text field (UTF-8), or NULL. */
  text(value: string | null): this {
    if (value === null) {
      this.room(4);
      this.view.setInt32(this.at, -1);
      this.at += 4;
      return this;
    }
    this.room(4 + value.length * 3);
    const { written } = this.encoder.encodeInto(value, this.bytes.subarray(this.at + 4));
    this.view.setInt32(this.at, written);
    this.at += 4 + written;
    return this;
  }

  /** The whole COPY data, trailer included. */
  finish(): Uint8Array {
    this.room(2);
    this.view.setInt16(this.at, -1);
    this.at += 2;
    return this.bytes.subarray(0, this.at);
  }

  private room(needed: number): void {
    if (this.at + needed <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.at + needed));
    grown.set(this.bytes.subarray(0, this.at));
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }
}
