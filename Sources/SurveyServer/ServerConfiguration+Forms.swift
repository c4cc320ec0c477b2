extension ServerConfiguration {
    /// The most a section form may send in all: generous (four files at the per-file limit besides the answers),
    /// so that one oversized file is read and refused at its input while the form's answers are still saved.
    var maxFormBytes: Int {
        4 * maxUploadBytes + maxBodyBytes
    }
}
