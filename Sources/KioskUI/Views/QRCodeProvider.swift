/// Turns a text (a vCard) into a QR code, or nil when it cannot be encoded. The program passes an
/// encoder in, so views draw codes without knowing how they are made.
public typealias QRCodeProvider = @Sendable (String) -> QRMatrix?
