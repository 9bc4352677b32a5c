using System.Text;
using OpenBudget.Pdf.Tests.Rendering;

namespace OpenBudget.Pdf.Tests;

public class PdfImportFailureTests
{
    private static byte[] OnePage(string text = "部门预算公开")
    {
        using var writer = new TestPdfWriter();
        writer.NewPage();
        writer.Text(text, 60, 100, 12);
        return writer.Save();
    }

    private static PdfImportException Failure(byte[] bytes, PdfImportOptions? options = null)
        => Assert.Throws<PdfImportException>(() => PdfLayoutReader.Read(bytes, options));

    [Fact]
    public void A_text_file_named_pdf_is_not_a_pdf()
    {
        byte[] text = Encoding.UTF8.GetBytes("表 1\n部门收支总体情况表\n编制部门：乌鲁木齐市科学技术局\n");
        Assert.Equal(PdfImportFailureReason.NotAPdf, Failure(text).Reason);
    }

    [Fact]
    public void An_empty_file_is_not_a_pdf()
    {
        PdfImportException e = Failure([]);
        Assert.Equal((PdfImportFailureReason.NotAPdf, true), (e.Reason, e.Message.Contains("empty", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_file_cut_short_is_damaged()
    {
        byte[] pdf = OnePage();
        PdfImportException e = Failure(pdf[..(pdf.Length / 2)]);
        Assert.Equal((PdfImportFailureReason.Damaged, true), (e.Reason, e.Message.Contains("cut short", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_pdf_whose_structure_is_garbage_is_damaged()
    {
        byte[] garbage = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nthis is not a pdf body\n%%EOF\n");
        Assert.Equal(PdfImportFailureReason.Damaged, Failure(garbage).Reason);
    }

    [Fact]
    public void An_encrypted_pdf_without_its_password_is_refused_as_encrypted()
    {
        using var writer = new TestPdfWriter();
        writer.NewPage();
        writer.Text("部门预算公开", 60, 100, 12);
        byte[] pdf = writer.Save(userPassword: "secret");
        Assert.Equal(PdfImportFailureReason.Encrypted, Failure(pdf).Reason);
    }

    [Fact]
    public void An_encrypted_pdf_reads_with_its_password()
    {
        using var writer = new TestPdfWriter();
        writer.NewPage();
        writer.Text("部门预算公开", 60, 100, 12);
        byte[] pdf = writer.Save(userPassword: "secret");
        Assert.Equal("部门预算公开", PdfLayoutReader.Read(pdf, new PdfImportOptions { Password = "secret" }).Lines[0].Text);
    }

    [Fact]
    public void A_pdf_of_images_has_no_text_layer()
    {
        using var writer = new TestPdfWriter();
        writer.NewPage();
        writer.Box(60, 60, 400, 300);
        writer.NewPage();
        writer.Box(60, 60, 400, 300);
        PdfImportException e = Failure(writer.Save());
        Assert.Equal((PdfImportFailureReason.NoTextLayer, true), (e.Reason, e.Message.Contains("OCR", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_too_large()
    {
        byte[] pdf = OnePage();
        Assert.Equal(PdfImportFailureReason.TooLarge, Failure(pdf, new PdfImportOptions { MaxBytes = pdf.Length - 1 }).Reason);
    }

    [Fact]
    public void A_stream_over_the_size_limit_is_refused_before_it_is_read_whole()
    {
        byte[] pdf = OnePage();
        using var stream = new NonSeekableStream(new MemoryStream(pdf));
        PdfImportException e = Assert.Throws<PdfImportException>(() => PdfLayoutReader.Read(stream, new PdfImportOptions { MaxBytes = 100 }));
        Assert.Equal(PdfImportFailureReason.TooLarge, e.Reason);
    }

    [Fact]
    public void Importing_a_file_over_the_size_limit_is_refused_as_too_large_and_one_at_the_limit_is_read()
    {
        string path = Path.Combine(Path.GetTempPath(), $"openbudget-pdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "pdf", "putuo-commerce-2025-department.pdf")));
        try
        {
            long length = new FileInfo(path).Length;
            PdfImportException e = Assert.Throws<PdfImportException>(() => PdfDisclosureImporter.ImportFile(path, new PdfImportOptions { MaxBytes = length - 1 }));
            Assert.Equal((PdfImportFailureReason.TooLarge, true), (e.Reason, PdfDisclosureImporter.ImportFile(path, new PdfImportOptions { MaxBytes = length }).IsReadable));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_at_the_size_limit_is_read()
    {
        byte[] pdf = OnePage();
        Assert.Single(PdfLayoutReader.Read(pdf, new PdfImportOptions { MaxBytes = pdf.Length }).Lines);
    }

    [Fact]
    public void A_document_over_the_page_limit_has_too_many_pages()
    {
        using var writer = new TestPdfWriter();
        for (int i = 0; i < 3; i++)
        {
            writer.NewPage();
            writer.Text("第" + i + "页", 60, 100, 12);
        }

        Assert.Equal(PdfImportFailureReason.TooManyPages, Failure(writer.Save(), new PdfImportOptions { MaxPages = 2 }).Reason);
    }

    [Fact]
    public void Reading_past_the_time_limit_times_out_naming_the_page()
    {
        PdfImportException e = Failure(OnePage(), new PdfImportOptions { Timeout = TimeSpan.Zero });
        Assert.Equal((PdfImportFailureReason.TimedOut, 1), (e.Reason, e.Page));
    }

    [Fact]
    public void A_cancelled_read_is_cancelled_not_timed_out()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => PdfLayoutReader.Read(OnePage(), null, cancelled.Token));
    }

    [Fact]
    public void Limits_that_make_no_sense_are_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PdfLayoutReader.Read(OnePage(), new PdfImportOptions { MaxPages = 0 }));
    }

    [Fact]
    public void The_header_may_follow_a_little_junk_as_readers_allow()
    {
        byte[] pdf = [.. Encoding.ASCII.GetBytes("\r\n\r\n"), .. OnePage()];
        Assert.True(PdfLayoutReader.LooksLikePdf(pdf));
    }

    private sealed class NonSeekableStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
