<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ChallengeForm</name>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="388" />
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="391" />
        <source>Measure</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="391" />
        <source>must be</source>
        <translation>harus</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="391" />
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="392" />
        <source>Add a condition</source>
        <translation>Tambah syarat</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="395" />
        <source>Remove this challenge</source>
        <translation>Hapus tantangan ini</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="398" />
        <source>Goal (English | Bahasa Indonesia):</source>
        <translation>Sasaran (Inggris | Bahasa Indonesia):</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="399" />
        <source>Starts from:</source>
        <translation>Dimulai dari:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="401" />
        <source>Within epochs:</source>
        <translation>Dalam berapa epoch:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="402" />
        <source>Met when all of these hold at the same moment:</source>
        <translation>Tercapai bila semua syarat ini terpenuhi pada saat yang sama:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="410" />
        <source>any run (no preset)</source>
        <translation>hasil latihan apa pun (tanpa percobaan)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="434" />
        <source>going this way:</source>
        <translation>berubah seperti ini:</translation>
    </message>
</context>
<context>
    <name>ChallengeList</name>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="403" />
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="405" />
        <source>Open the experiment this challenge starts from.</source>
        <translation>Buka eksperimen yang menjadi titik awal tantangan ini.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="418" />
        <source>Met in this session.</source>
        <translation>Sudah tercapai dalam sesi ini.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="418" />
        <source>Not met yet: the app checks it as you train.</source>
        <translation>Belum tercapai: aplikasi memeriksanya selama Anda melatih jaringan.</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <location filename="../../backprop_gui/gui/views/confusion_view.py" line="104" />
        <source>true class</source>
        <extracomment>Colour strength above which a cell's count is written in white.</extracomment>
        <translation>kelas sebenarnya</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/confusion_view.py" line="105" />
        <source>predicted class</source>
        <translation>kelas prediksi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/confusion_view.py" line="107" />
        <source>The confusion matrix applies to classification only; this data set is a regression task.</source>
        <translation>Matriks konfusi hanya berlaku untuk klasifikasi, sedangkan dataset ini adalah tugas regresi.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/confusion_view.py" line="110" />
        <source>Each row is the class a point really has, each column the class the network predicts. Correct answers lie on the diagonal; any other cell counts one kind of mistake.</source>
        <translation>Setiap baris adalah kelas sebenarnya dari sebuah titik, setiap kolom adalah kelas yang diprediksi jaringan. Jawaban yang benar ada di diagonal; sel lainnya menghitung satu jenis kesalahan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/confusion_view.py" line="152" />
        <source>Accuracy on the test set: {percent} % ({correct} of {total} correct)</source>
        <translation>Akurasi pada data uji: {percent} % ({correct} dari {total} benar)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/confusion_view.py" line="154" />
        <source>Accuracy on the training set (there is no test set): {percent} % ({correct} of {total} correct)</source>
        <translation>Akurasi pada data latih (tidak ada data uji): {percent} % ({correct} dari {total} benar)</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="464" />
        <source>“{text}” is not a learning rate we can use: type a number greater than {low} and at most {high}, for example {example}.</source>
        <translation>“{text}” tidak bisa dipakai sebagai laju pembelajaran: ketik angka yang lebih besar dari {low} dan paling besar {high}, misalnya {example}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="471" />
        <source>“{text}” is not a regularization rate we can use: type a number from {low} to {high}, for example {example}.</source>
        <translation>“{text}” tidak bisa dipakai sebagai laju regularisasi: ketik angka dari {low} sampai {high}, misalnya {example}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="603" />
        <source>CSV file: {file}</source>
        <translation>Berkas CSV: {file}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="612" />
        <source>{file}: {rows} rows, {inputs} input columns, predicting “{target}” ({task}).</source>
        <translation>{file}: {rows} baris, {inputs} kolom input, memprediksi “{target}” ({task}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/controls.py" line="715" />
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n kelas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="716" />
        <source>regression</source>
        <translation>regresi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/controls.py" line="723" />
        <source>%n neuron(s), for %1 classes</source>
        <translation>
            <numerusform>%n neuron, untuk %1 kelas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/controls.py" line="725" />
        <source>%n neuron(s), one per value to predict</source>
        <translation>
            <numerusform>%n neuron, satu untuk setiap nilai yang diprediksi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="737" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="738" />
        <source>Network</source>
        <translation>Jaringan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="739" />
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="741" />
        <source>Data set:</source>
        <translation>Dataset:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="741" />
        <source>The examples the network learns from. Each point has inputs (its position) and a label (its colour) the network must predict.</source>
        <translation>Contoh-contoh yang dipelajari jaringan. Setiap titik punya input (posisinya) dan label (warnanya) yang harus diprediksi oleh jaringan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="742" />
        <source>Classes:</source>
        <translation>Kelas:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="742" />
        <source>How many groups (colours) the points come in.</source>
        <translation>Banyaknya kelompok (warna) titik-titik data.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="743" />
        <source>Samples:</source>
        <translation>Sampel:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="743" />
        <source>How many example points to make. More data makes it harder to overfit.</source>
        <translation>Banyaknya titik contoh yang dibuat. Makin banyak data, makin sulit jaringan mengalami overfitting.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="744" />
        <source>Noise:</source>
        <translation>Derau (noise):</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="744" />
        <source>How much the points are scattered across the true boundary (0 = clean, 0.5 = very noisy).</source>
        <translation>Seberapa jauh titik-titik tersebar melewati batas yang sebenarnya (0 = bersih, 0,5 = sangat berderau).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="745" />
        <source>Test fraction:</source>
        <translation>Porsi data uji:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="745" />
        <source>The share of points kept aside as test data. The network never trains on them, so they show how well it generalises.</source>
        <translation>Bagian titik yang disisihkan sebagai data uji. Jaringan tidak pernah dilatih dengan titik-titik ini, sehingga data uji menunjukkan seberapa baik jaringan melakukan generalisasi.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="746" />
        <source>Validation fraction:</source>
        <translation>Porsi data validasi:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="746" />
        <source>The share of the training points set aside to watch while training (never the test points). Early stopping decides from their loss when to stop.</source>
        <translation>Porsi titik data latih yang disisihkan untuk dipantau selama pelatihan (tidak pernah diambil dari data uji). Berhenti lebih awal memutuskan kapan berhenti dari kerugian pada titik-titik ini.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="747" />
        <source>Data seed:</source>
        <translation>Benih acak data:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="747" />
        <source>The random seed that places the points. The same seed always gives the same data.</source>
        <translation>Benih acak (seed) yang menentukan letak titik-titik. Benih yang sama selalu menghasilkan data yang sama.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="748" />
        <source>Input features:</source>
        <translation>Fitur input:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="748" />
        <source>What the network is given about each point. Extra features such as x₁² can make a problem easy for a tiny network.</source>
        <translation>Informasi tentang setiap titik yang diberikan kepada jaringan. Fitur tambahan seperti x₁² bisa membuat soal yang sulit menjadi mudah bagi jaringan yang kecil.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="749" />
        <source>Output layer:</source>
        <translation>Lapisan output:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="749" />
        <source>The output layer's size follows from the data: one neuron for two classes with sigmoid, one per class with softmax, one per value for regression.</source>
        <translation>Ukuran lapisan output ditentukan oleh data: satu neuron untuk dua kelas dengan sigmoid, satu neuron per kelas dengan softmax, satu neuron per nilai untuk regresi.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="750" />
        <source>Output activation:</source>
        <translation>Aktivasi output:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="750" />
        <source>The function applied to the output layer: sigmoid for two classes, softmax for several, linear for numbers.</source>
        <translation>Fungsi aktivasi pada lapisan output: sigmoid untuk dua kelas, softmax untuk banyak kelas, linear untuk memprediksi angka.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="751" />
        <source>Initial weights:</source>
        <translation>Inisialisasi bobot:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="751" />
        <source>How the weights are set before training starts.</source>
        <translation>Cara bobot diberi nilai awal sebelum pelatihan dimulai.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="752" />
        <source>Batch normalization:</source>
        <translation>Normalisasi batch:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="752" />
        <source>Re-centres and re-scales each hidden layer's sums over every mini-batch. It keeps deep networks trainable.</source>
        <translation>Menggeser dan menskalakan ulang jumlah berbobot di setiap lapisan tersembunyi pada tiap mini-batch. Cara ini membuat jaringan yang dalam tetap bisa dilatih.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="753" />
        <source>Dropout:</source>
        <translation>Dropout:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="753" />
        <source>During training, switch off this share of hidden neurons at random in every step. It fights overfitting.</source>
        <translation>Selama pelatihan, sebagian neuron tersembunyi sebesar porsi ini dimatikan secara acak di setiap langkah. Cara ini melawan overfitting.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="754" />
        <source>Loss function:</source>
        <translation>Fungsi kerugian:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="754" />
        <source>The number training tries to make small: how wrong the predictions are.</source>
        <translation>Angka yang berusaha diperkecil selama pelatihan: seberapa salah prediksi jaringan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="755" />
        <source>Optimizer:</source>
        <translation>Pengoptimal:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="755" />
        <source>The rule that turns gradients into weight changes.</source>
        <translation>Aturan yang mengubah gradien menjadi perubahan bobot (optimizer).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="756" />
        <source>Momentum:</source>
        <translation>Momentum:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="756" />
        <source>How much of the previous step is kept (0 = none, 0.9 = a lot).</source>
        <translation>Seberapa besar langkah sebelumnya ikut terbawa (0 = tidak sama sekali, 0,9 = banyak).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="757" />
        <source>Adam β₁:</source>
        <translation>Adam β₁:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="757" />
        <source>How fast Adam forgets old gradients (the average of their direction).</source>
        <translation>Seberapa cepat Adam melupakan gradien lama (rata-rata arahnya).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="758" />
        <source>Adam β₂:</source>
        <translation>Adam β₂:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="758" />
        <source>How fast Adam forgets old gradient sizes.</source>
        <translation>Seberapa cepat Adam melupakan besar gradien yang lama.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="759" />
        <source>Learning rate:</source>
        <translation>Laju pembelajaran:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="759" />
        <source>η, the size of each step downhill. Too small learns slowly; too large jumps around or blows up. Pick one or type your own.</source>
        <translation>η, besar setiap langkah menuruni lereng. Terlalu kecil membuat belajar lambat; terlalu besar membuat langkah melompat-lompat atau meledak. Pilih salah satu atau ketik nilai sendiri.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="760" />
        <source>Learning-rate schedule:</source>
        <translation>Jadwal laju pembelajaran:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="760" />
        <source>How the learning rate changes from epoch to epoch, as PyTorch's schedulers do. The status bar shows the rate in use.</source>
        <translation>Cara laju pembelajaran berubah dari epoch ke epoch, seperti penjadwal (scheduler) di PyTorch. Bilah status menampilkan laju yang sedang dipakai.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="761" />
        <source>Every (epochs):</source>
        <translation>Setiap (epoch):</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="761" />
        <source>Multiply the learning rate by γ after this many epochs, again and again.</source>
        <translation>Kalikan laju pembelajaran dengan γ setiap kali sebanyak ini epoch berlalu, terus berulang.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="762" />
        <source>Factor γ:</source>
        <translation>Faktor γ:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="762" />
        <source>What the learning rate is multiplied by each time: 0.9 keeps 90 % of it.</source>
        <translation>Bilangan pengali laju pembelajaran setiap kali: 0,9 menyisakan 90 % darinya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="763" />
        <source>Epochs to the minimum:</source>
        <translation>Epoch sampai minimum:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="763" />
        <source>T: after this many epochs the learning rate reaches its minimum; after that it climbs again.</source>
        <translation>T: setelah sebanyak ini epoch, laju pembelajaran mencapai nilai terkecilnya; sesudah itu ia naik lagi.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="764" />
        <source>Minimum rate:</source>
        <translation>Laju terkecil:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="764" />
        <source>The lowest learning rate the cosine reaches.</source>
        <translation>Laju pembelajaran terendah yang dicapai kurva kosinus.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="765" />
        <source>Low rate:</source>
        <translation>Laju bawah:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="765" />
        <source>The learning rate at the bottom of each cycle (the first epoch uses it).</source>
        <translation>Laju pembelajaran di titik terbawah setiap siklus (epoch pertama memakainya).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="766" />
        <source>High rate:</source>
        <translation>Laju atas:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="766" />
        <source>The learning rate at the top of each cycle.</source>
        <translation>Laju pembelajaran di puncak setiap siklus.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="767" />
        <source>Epochs up:</source>
        <translation>Epoch untuk naik:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="767" />
        <source>How many epochs the learning rate takes to climb from low to high; it comes down in as many.</source>
        <translation>Berapa epoch yang dibutuhkan laju pembelajaran untuk naik dari bawah ke atas; turunnya juga sebanyak itu.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="768" />
        <source>Batch size:</source>
        <translation>Ukuran batch:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="768" />
        <source>How many examples are averaged for each weight update. 1 is noisy but quick; the whole set is smooth but slow.</source>
        <translation>Banyaknya contoh yang dirata-ratakan untuk setiap pembaruan bobot. Nilai 1 cepat tetapi bergejolak; seluruh data membuat langkah mulus tetapi lambat.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="769" />
        <source>Regularization:</source>
        <translation>Regularisasi:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="769" />
        <source>A penalty on large weights. L2 makes weights small; L1 pushes many of them to exactly zero.</source>
        <translation>Hukuman untuk bobot yang besar. L2 membuat bobot mengecil; L1 mendorong banyak bobot menjadi tepat nol.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="770" />
        <source>Regularization rate:</source>
        <translation>Laju regularisasi:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="770" />
        <source>How strong the penalty on large weights is.</source>
        <translation>Seberapa kuat hukuman untuk bobot yang besar.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="771" />
        <source>Maximum epochs:</source>
        <translation>Epoch maksimum:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="771" />
        <source>Training stops after this many passes over the training data.</source>
        <translation>Pelatihan berhenti setelah sebanyak ini putaran melewati seluruh data latih.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="772" />
        <source>Stop early:</source>
        <translation>Berhenti lebih awal:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="772" />
        <source>Stop when the loss on the validation data has not improved for a while. The test data must never decide when to stop, or it no longer tells how well the network does on new data.</source>
        <translation>Berhenti ketika kerugian pada data validasi tidak lagi membaik selama beberapa waktu. Data uji tidak boleh ikut menentukan kapan berhenti; kalau ikut, data uji tidak lagi bisa menunjukkan seberapa baik jaringan pada data baru.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="773" />
        <source>Patience (epochs):</source>
        <translation>Kesabaran (epoch):</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="773" />
        <source>How many epochs in a row without improvement before training stops.</source>
        <translation>Berapa epoch berturut-turut tanpa perbaikan sebelum pelatihan berhenti.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="774" />
        <source>Smallest improvement:</source>
        <translation>Perbaikan terkecil:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="774" />
        <source>A drop of the validation loss counts as an improvement only if it is larger than this.</source>
        <translation>Penurunan kerugian validasi baru dihitung sebagai perbaikan kalau lebih besar dari nilai ini.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="775" />
        <source>Best weights:</source>
        <translation>Bobot terbaik:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="775" />
        <source>When training stops, put back the weights of the epoch where the validation loss was lowest.</source>
        <translation>Saat pelatihan berhenti, kembalikan bobot dari epoch dengan kerugian validasi terendah.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="776" />
        <source>Seed:</source>
        <translation>Benih acak:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="776" />
        <source>The random seed for the starting weights, the shuffling and dropout. The same seed gives the same run.</source>
        <translation>Benih acak (seed) untuk bobot awal, pengacakan urutan data, dan dropout. Benih yang sama menghasilkan jalannya pelatihan yang sama.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="777" />
        <source>Precision:</source>
        <translation>Presisi:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="777" />
        <source>How many digits the computer keeps for each number. Single precision is faster, double more exact.</source>
        <translation>Banyaknya digit yang disimpan komputer untuk setiap angka. Presisi tunggal lebih cepat, presisi ganda lebih teliti.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="800" />
        <source>on hidden layers</source>
        <translation>pada lapisan tersembunyi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="801" />
        <source>when the validation loss stops falling</source>
        <translation>saat kerugian validasi berhenti turun</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="802" />
        <source>put back when stopping</source>
        <translation>kembalikan saat berhenti</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="804" />
        <source>Regenerate data</source>
        <translation>Buat ulang data</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="805" />
        <source>Draw a new random set of points with a new seed.</source>
        <translation>Buat kumpulan titik acak yang baru dengan benih acak yang baru.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="806" />
        <source>+ Add hidden layer</source>
        <translation>+ Tambah lapisan tersembunyi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="807" />
        <source>Add another hidden layer. Deeper networks can learn more complicated shapes, but are harder to train.</source>
        <translation>Tambahkan satu lapisan tersembunyi lagi. Jaringan yang lebih dalam bisa mempelajari bentuk yang lebih rumit, tetapi lebih sulit dilatih.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="808" />
        <source>The training points: each colour is a class.</source>
        <translation>Titik-titik data latih: setiap warna adalah satu kelas.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="334" />
        <source>Choose a CSV file</source>
        <extracomment>Wait this long after a change before loading, so that ticking several features in a row starts one load, not one per tick. Sent whenever loading starts or ends, or the result or error changes.</extracomment>
        <translation>Pilih berkas CSV</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="335" />
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Berkas CSV (*.csv *.tsv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="641" />
        <source>“{column}” is the target: the value the network learns to predict.</source>
        <translation>“{column}” adalah target: nilai yang dipelajari jaringan untuk diprediksi.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="643" />
        <source>“{column}” is a feature: an input the network is given.</source>
        <translation>“{column}” adalah fitur: input yang diberikan kepada jaringan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="644" />
        <source>“{column}” is not used.</source>
        <translation>“{column}” tidak digunakan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="668" />
        <source>Reading the file…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="668" />
        <source>Loading the data…</source>
        <translation>Memuat data…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="669" />
        <source>Detected: {value}</source>
        <translation>Terdeteksi: {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="671" />
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="673" />
        <source>Detect automatically</source>
        <translation>Deteksi otomatis</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="674" />
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="674" />
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="678" />
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n baris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="678" />
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n kolom</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="680" />
        <source>decimal comma</source>
        <translation>koma desimal</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="682" />
        <source>Inferred</source>
        <translation>Disimpulkan otomatis</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="687" />
        <source>Inferred: {task}</source>
        <translation>Disimpulkan: {task}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="689" />
        <source>Classification into %n class(es).</source>
        <translation>
            <numerusform>Klasifikasi ke dalam %n kelas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="690" />
        <source>Classes: {names}.</source>
        <translation>Kelas: {names}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="692" />
        <source>Regression: the network learns to predict a number.</source>
        <translation>Regresi: jaringan belajar memprediksi sebuah angka.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="693" />
        <source>{train} rows for training, {test} rows for testing.</source>
        <translation>{train} baris untuk data latih, {test} baris untuk data uji.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="695" />
        <source>%n row(s) with missing values left out.</source>
        <translation>
            <numerusform>%n baris yang nilainya kosong dibuang.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="697" />
        <source>Loading stopped. Change a setting or choose the file again to load it.</source>
        <translation>Pemuatan dihentikan. Ubah salah satu pengaturan atau pilih berkasnya lagi untuk memuatnya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="699" />
        <source>Choose a CSV file: one row per example, one column per value.</source>
        <translation>Pilih berkas CSV: satu baris untuk setiap contoh, satu kolom untuk setiap nilai.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="712" />
        <source>The file cannot be read: {reason}.</source>
        <translation>Berkas tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="714" />
        <source>There is not enough memory to load this file; use a smaller file.</source>
        <translation>Memori tidak cukup untuk memuat berkas ini; gunakan berkas yang lebih kecil.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="715" />
        <source>The file could not be loaded because of an unexpected problem ({reason}).</source>
        <translation>Berkas tidak dapat dimuat karena masalah yang tidak terduga ({reason}).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="719" />
        <source>comma</source>
        <translation>koma</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="719" />
        <source>semicolon</source>
        <translation>titik koma</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="719" />
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="720" />
        <source>vertical bar</source>
        <translation>garis tegak</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="723" />
        <source>classification</source>
        <translation>klasifikasi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="723" />
        <source>regression</source>
        <translation>regresi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="732" />
        <source>Use data from a CSV file</source>
        <translation>Gunakan data dari berkas CSV</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="733" />
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="734" />
        <source>No file chosen yet</source>
        <translation>Belum ada berkas yang dipilih</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="735" />
        <source>The CSV file the data comes from.</source>
        <translation>Berkas CSV sumber data.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="736" />
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="737" />
        <source>Pick a CSV file: a table saved as text, with one row per example and the values separated by commas or semicolons.</source>
        <translation>Pilih berkas CSV: tabel yang disimpan sebagai teks, dengan satu baris untuk setiap contoh dan nilai-nilai yang dipisahkan koma atau titik koma.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="739" />
        <source>Delimiter:</source>
        <translation>Pemisah:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="740" />
        <source>The character between the values of a row. It is detected from the file; choose another one if the preview shows everything in one column.</source>
        <translation>Karakter di antara nilai-nilai dalam satu baris. Pemisah ini dideteksi dari berkas; pilih yang lain jika pratinjau menampilkan semuanya dalam satu kolom.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="746" />
        <source>Comma ( , )</source>
        <translation>Koma ( , )</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="746" />
        <source>Semicolon ( ; )</source>
        <translation>Titik koma ( ; )</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="746" />
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="747" />
        <source>Vertical bar ( | )</source>
        <translation>Garis tegak ( | )</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="750" />
        <source>Header:</source>
        <translation>Judul kolom:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="751" />
        <source>Whether the first row holds the column names instead of an example. It is detected from the file; change it if the column names look wrong.</source>
        <translation>Apakah baris pertama berisi nama-nama kolom, bukan sebuah contoh. Hal ini dideteksi dari berkas; ubah jika nama kolomnya terlihat salah.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="756" />
        <source>First row is a header</source>
        <translation>Baris pertama adalah judul kolom</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="757" />
        <source>No header (the first row is data)</source>
        <translation>Tanpa judul kolom (baris pertama adalah data)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="758" />
        <source>How many data rows and columns the file has.</source>
        <translation>Banyaknya baris data dan kolom dalam berkas.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="760" />
        <source>Preview (first {n} rows)</source>
        <translation>Pratinjau ({n} baris pertama)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="761" />
        <source>The first rows of the file as they were read. The numbers on the left are the line numbers of the file, as in error messages.</source>
        <translation>Baris-baris pertama berkas, persis seperti yang terbaca. Angka di sebelah kiri adalah nomor baris dalam berkas, sama seperti di pesan kesalahan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="763" />
        <source>Bold: the target column. Grey: columns the network does not use.</source>
        <translation>Tebal: kolom target. Abu-abu: kolom yang tidak dipakai jaringan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="765" />
        <source>What to learn</source>
        <translation>Yang dipelajari</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="767" />
        <source>Target column:</source>
        <translation>Kolom target:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="768" />
        <source>The column the network learns to predict, for example a label or a price.</source>
        <translation>Kolom yang dipelajari jaringan untuk diprediksi, misalnya label atau harga.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="769" />
        <source>Task:</source>
        <translation>Tugas:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="770" />
        <source>Classification predicts a category; regression predicts a number. By default it is inferred from the target: text, or a few whole numbers, means classification.</source>
        <translation>Klasifikasi memprediksi kategori; regresi memprediksi angka. Secara bawaan, tugasnya disimpulkan dari kolom target: teks, atau hanya beberapa bilangan bulat, berarti klasifikasi.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="772" />
        <source>Test fraction:</source>
        <translation>Porsi data uji:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="773" />
        <source>The share of rows kept aside as test data. The network never trains on them, so they show how well it does on examples it has not seen.</source>
        <translation>Bagian baris yang disisihkan sebagai data uji. Jaringan tidak pernah dilatih dengan baris-baris ini, sehingga terlihat seberapa baik kinerjanya pada contoh yang belum pernah dilihatnya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="782" />
        <source>Classification</source>
        <translation>Klasifikasi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="783" />
        <source>Regression</source>
        <translation>Regresi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="784" />
        <source>Standardise the features</source>
        <translation>Standardisasi fitur</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="785" />
        <source>Shift and scale every feature column to mean 0 and standard deviation 1, using the training rows only. Columns with very different sizes then train much better.</source>
        <translation>Geser dan skalakan setiap kolom fitur agar rata-ratanya 0 dan simpangan bakunya 1, dengan memakai baris data latih saja. Kolom-kolom yang besarnya sangat berbeda pun jadi jauh lebih mudah dilatih.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="788" />
        <source>Drop rows with missing values</source>
        <translation>Buang baris yang nilainya kosong</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="789" />
        <source>Leave out every row with an empty cell (or NA, ?, …) in the chosen columns. Without this, a missing value is an error.</source>
        <translation>Lewati setiap baris yang punya sel kosong (atau NA, ?, …) di kolom yang dipilih. Tanpa pilihan ini, nilai yang kosong dianggap kesalahan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="791" />
        <source>Feature columns (inputs)</source>
        <translation>Kolom fitur (input)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="793" />
        <source>The columns the network is given as inputs. Untick columns that would not help, such as names or row numbers.</source>
        <translation>Kolom-kolom yang diberikan kepada jaringan sebagai input. Hilangkan centang pada kolom yang tidak membantu, seperti nama atau nomor baris.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="795" />
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="796" />
        <source>Use every column except the target as a feature.</source>
        <translation>Jadikan semua kolom selain target sebagai fitur.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="797" />
        <source>None</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="798" />
        <source>Untick every feature, to then tick just the ones you want.</source>
        <translation>Hilangkan semua centang fitur, lalu centang hanya fitur yang Anda inginkan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="799" />
        <source>What the network will learn from this file.</source>
        <translation>Apa yang akan dipelajari jaringan dari berkas ini.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="800" />
        <source>Fix this in the file, or change the settings above.</source>
        <translation>Perbaiki hal ini di berkasnya, atau ubah pengaturan di atas.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="801" />
        <source>The file is being read; large files take a few seconds.</source>
        <translation>Berkas sedang dibaca; berkas besar memerlukan beberapa detik.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="802" />
        <source>Cancel loading</source>
        <translation>Batalkan pemuatan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="803" />
        <source>Stop waiting for this file. You can then choose another file or change the settings.</source>
        <translation>Berhenti menunggu berkas ini. Setelah itu Anda bisa memilih berkas lain atau mengubah pengaturan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="805" />
        <source>Use this data</source>
        <translation>Gunakan data ini</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="806" />
        <source>Train on this data. It becomes possible once the file has loaded without errors.</source>
        <translation>Latih jaringan dengan data ini. Tombol ini aktif setelah berkas selesai dimuat tanpa kesalahan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="818" />
        <source>This is the target column, so it cannot also be an input.</source>
        <translation>Ini kolom target, jadi tidak bisa sekaligus menjadi input.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/csv_dialog.py" line="820" />
        <source>Tick to give this column to the network as an input.</source>
        <translation>Centang untuk memberikan kolom ini kepada jaringan sebagai input.</translation>
    </message>
</context>
<context>
    <name>DataPreview</name>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="227" />
        <source>No preview for this data</source>
        <extracomment>Rows a level or a lesson's classroom does not name itself: each is shown with any of the keys it follows (the optimiser's own numbers with the optimiser, the data's "new sample" button with the data's numbers, the output layer with the hidden layers).</extracomment>
        <translation>Tidak ada pratinjau untuk data ini</translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <location filename="../../backprop_gui/gui/views/decision_view.py" line="233" />
        <source>show test data</source>
        <extracomment>How strongly a sure multi-class prediction is coloured (1 = the full class colour); below 1 the data points stay visible on top. The same for the two-class and regression maps: the LUT is mixed this far with white. Room around the plane, in its units, so that points on its edge show whole. The user clicked a data point: its row in the split, and the split ("train"/"test").</extracomment>
        <translation>tampilkan data uji</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/decision_view.py" line="235" />
        <source>Test points are not used for training; they show how well the network does on data it has not seen.</source>
        <translation>Titik data uji tidak dipakai untuk pelatihan; titik-titik ini menunjukkan seberapa baik jaringan bekerja pada data yang belum pernah dilihatnya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/decision_view.py" line="238" />
        <source>The decision view needs data with two inputs (x1 and x2), or one input for regression, such as the built-in data sets. Data loaded from a file cannot be drawn over the plane.</source>
        <translation>Peta keputusan memerlukan data dengan dua input (x1 dan x2), atau satu input untuk regresi, seperti dataset bawaan. Data yang dimuat dari berkas tidak dapat digambar pada bidang.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/decision_view.py" line="243" />
        <source>target y</source>
        <translation>target y</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/decision_view.py" line="245" />
        <source>The line is the network's prediction for every x1; the dots are the data it should fit. Click a point to follow it through the network.</source>
        <translation>Garis ini adalah prediksi jaringan untuk setiap x1; titik-titik adalah data yang harus didekati. Klik sebuah titik untuk mengikuti perjalanannya melalui jaringan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/decision_view.py" line="252" />
        <source>The background shows the network's prediction at every point of the plane, from orange (−1) through white (0) to blue (+1). The dots are the data, coloured by their target. Click a point to follow it through the network.</source>
        <translation>Latar belakang menunjukkan prediksi jaringan di setiap titik pada bidang, dari jingga (−1) melalui putih (0) sampai biru (+1). Titik-titik adalah data, diwarnai sesuai targetnya. Klik sebuah titik untuk mengikuti perjalanannya melalui jaringan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/decision_view.py" line="258" />
        <source>The background shows which class the network predicts at every point of the plane; pale colours mean it is unsure. Where the colour changes is the decision boundary. Click a point to follow it through the network.</source>
        <translation>Latar belakang menunjukkan kelas yang diprediksi jaringan di setiap titik pada bidang; warna pucat berarti jaringan belum yakin. Tempat warnanya berganti adalah batas keputusan. Klik sebuah titik untuk mengikuti perjalanannya melalui jaringan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/decision_view.py" line="365" />
        <source>training</source>
        <translation>latih</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/decision_view.py" line="365" />
        <source>test</source>
        <translation>uji</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/decision_view.py" line="373" />
        <source>boundary</source>
        <translation>batas keputusan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/decision_view.py" line="381" />
        <source>network</source>
        <translation>jaringan</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="556" />
        <source>Each circle is a neuron and each line a weight: blue lines are positive weights, orange negative, and thicker lines are larger. Hover over a neuron or line to read its value.</source>
        <extracomment>The picture's resolution in the panel (cells per side of the plane, data/plane.py). Pictures inside the neurons are smaller, and only drawn for small networks. While training runs, pictures are redrawn at most this often (seconds). The panel offers at most this many incoming weights to change by hand (and the one clicked). At most this many weight lines are drawn. (show every neuron of a column up to this many, otherwise show this many at each end). The first level that keeps the lines within EDGE_BUDGET is used for every column. The weighted sum writes out this many terms; a wider layer's ends in "+ …".</extracomment>
        <translation>Setiap lingkaran adalah neuron dan setiap garis adalah bobot: garis biru berarti bobot positif, jingga negatif, dan garis yang lebih tebal berarti bobot yang lebih besar. Arahkan kursor ke neuron atau garis untuk membaca nilainya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="559" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="693" />
        <source>Type a value, or turn the mouse wheel over a box.</source>
        <translation>Ketik nilai, atau putar roda mouse di atas kotaknya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="699" />
        <source>The bias of {neuron}</source>
        <translation>Bias {neuron}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="701" />
        <source>The weight from {source} to {target}</source>
        <translation>Bobot dari {source} ke {target}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="704" />
        <source>Type a value (Return) or turn the mouse wheel over the box: 0.1 a notch, 1 with Ctrl. Edit → Undo puts it back.</source>
        <translation>Ketik nilai lalu tekan Enter, atau putar roda mouse di atas kotak: 0,1 per putaran, 1 sambil menekan Ctrl. Sunting → Urungkan mengembalikannya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="712" />
        <source>Training loss {loss}</source>
        <translation>Kerugian latih {loss}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="714" />
        <source>test {loss}</source>
        <translation>uji {loss}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="979" />
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="981" />
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="982" />
        <source>Hidden {number}</source>
        <translation>Tersembunyi {number}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="992" />
        <source>class {name}</source>
        <translation>kelas {name}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1000" />
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1002" />
        <source>P({name})</source>
        <translation>P({name})</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1005" />
        <source>output {number}</source>
        <translation>output {number}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1011" />
        <source>{layer}, neuron {number}</source>
        <translation>{layer}, neuron {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1020" />
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n fitur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1023" />
        <source> + BN</source>
        <translation> + BN</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1027" />
        <source>{activation}, %n neuron(s)</source>
        <translation>
            <numerusform>{activation}, %n neuron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1043" />
        <source>⋮ %n more</source>
        <translation>
            <numerusform>⋮ %n lagi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1151" />
        <source>forward →</source>
        <translation>propagasi maju →</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1151" />
        <source>← backward</source>
        <translation>← propagasi mundur</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1272" />
        <source>The input {feature} at each point (x1, x2) of the plane: x1 grows to the right and x2 upwards, both from −6 to 6.</source>
        <translation>Nilai input {feature} di setiap titik (x1, x2) pada bidang: x1 membesar ke kanan dan x2 ke atas, keduanya dari −6 sampai 6.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1278" />
        <source>What this neuron outputs, {formula}, at each point (x1, x2) of the plane: x1 grows to the right and x2 upwards, both from −6 to 6.</source>
        <translation>Output neuron ini, {formula}, di setiap titik (x₁, x₂) pada bidang: x₁ membesar ke kanan dan x₂ ke atas, keduanya dari −6 sampai 6.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1300" />
        <source>then batch normalization: γ·ẑ + β</source>
        <translation>lalu normalisasi batch: γ·ẑ + β</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1344" />
        <source>{count} more neurons of {layer} are not drawn, nor their lines, to keep the diagram readable. They are trained like the others.</source>
        <translation>{count} neuron lain di {layer} beserta garis-garisnya tidak digambar agar diagram tetap mudah dibaca. Neuron-neuron itu tetap dilatih seperti yang lain.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1360" />
        <source>Input {name}</source>
        <translation>Input {name}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1362" />
        <source>Click to see this input over the plane.</source>
        <translation>Klik untuk melihat input ini di seluruh bidang.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1367" />
        <source>activation: {name}</source>
        <translation>aktivasi: {name}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1371" />
        <source>batch norm: γ = {gamma}, β = {beta}</source>
        <translation>normalisasi batch: γ = {gamma}, β = {beta}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1374" />
        <source>Click to see what it computes over the plane and to change its weights and bias.</source>
        <translation>Klik untuk melihat apa yang dihitung neuron ini di seluruh bidang dan untuk mengubah bobot serta biasnya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1376" />
        <source>Click to change its weights and bias.</source>
        <translation>Klik untuk mengubah bobot dan biasnya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/diagram_view.py" line="1403" />
        <source>Click to change it.</source>
        <translation>Klik untuk mengubahnya.</translation>
    </message>
</context>
<context>
    <name>DigitsView</name>
    <message>
        <location filename="../../backprop_gui/gui/views/digits_view.py" line="129" />
        <source>The network reads {predicted} ({probability} sure). Right!</source>
        <translation>Jaringan membaca {predicted} (yakin {probability}). Benar!</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/digits_view.py" line="131" />
        <source>The network reads {predicted} ({probability} sure), but it is {truth}.</source>
        <translation>Jaringan membaca {predicted} (yakin {probability}), padahal sebenarnya {truth}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/digits_view.py" line="144" />
        <source>Sample:</source>
        <translation>Sampel:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/digits_view.py" line="145" />
        <source>test set</source>
        <translation>data uji</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/digits_view.py" line="146" />
        <source>training set</source>
        <translation>data latih</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/digits_view.py" line="147" />
        <source>probability</source>
        <translation>probabilitas</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/digits_view.py" line="148" />
        <source>class</source>
        <translation>kelas</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/digits_view.py" line="149" />
        <source>The image the network sees (8×8 pixels) and the probability it gives each digit. Step through the test images to find the ones it gets wrong.</source>
        <translation>Gambar yang dilihat jaringan (8×8 piksel) dan probabilitas yang diberikannya untuk setiap angka. Telusuri gambar-gambar data uji untuk menemukan yang salah ditebak.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="51" />
        <source>Saved {file}</source>
        <translation>{file} tersimpan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="54" />
        <source>Could not write {file}: {reason}</source>
        <translation>Tidak dapat menulis {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="67" />
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="67" />
        <source>The experiment has changes that are not saved. Save them first?</source>
        <translation>Eksperimen ini punya perubahan yang belum disimpan. Simpan dulu?</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="95" />
        <source>Open experiment</source>
        <translation>Buka eksperimen</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="96" />
        <source>Experiments and lesson packs (*.bpexp *.json *.bplesson);;Experiments (*.bpexp *.json);;Lesson packs (*.bplesson);;All files (*)</source>
        <translation>Eksperimen dan paket pelajaran (*.bpexp *.json *.bplesson);;Eksperimen (*.bpexp *.json);;Paket pelajaran (*.bplesson);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="126" />
        <source>Could not open {file}: {reason}</source>
        <translation>Tidak dapat membuka {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="153" />
        <source>The previous run is kept as a faint curve to compare with.</source>
        <translation>Hasil sebelumnya dipertahankan sebagai kurva samar pembanding.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="166" />
        <source>experiment</source>
        <translation>eksperimen</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="168" />
        <source>Saved runs with weights and curves (*.bpexp)</source>
        <translation>Hasil pelatihan lengkap dengan bobot dan kurva (*.bpexp)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="168" />
        <source>Settings only (*.json)</source>
        <translation>Pengaturan saja (*.json)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="169" />
        <source>Save experiment</source>
        <translation>Simpan eksperimen</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="218" />
        <source>No recent files</source>
        <translation>Belum ada berkas terakhir</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="226" />
        <source>history</source>
        <translation>riwayat</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="227" />
        <source>Export training history</source>
        <translation>Ekspor riwayat pelatihan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="227" />
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="253" />
        <source>Network diagram</source>
        <translation>Diagram jaringan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="258" />
        <location filename="../../backprop_gui/gui/file_actions.py" line="262" />
        <source>Export a plot</source>
        <translation>Ekspor grafik</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="258" />
        <source>Which plot?</source>
        <translation>Grafik yang mana?</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="262" />
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Gambar PNG (*.png);;Gambar vektor SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="294" />
        <source>the drawing could not be written</source>
        <translation>gambar vektor tidak dapat ditulis</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="298" />
        <source>the picture could not be written</source>
        <translation>gambar tidak dapat ditulis</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="307" />
        <source>Choose a folder for the exported model</source>
        <translation>Pilih folder untuk model yang diekspor</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="323" />
        <source>Exported {files}</source>
        <translation>Diekspor: {files}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="338" />
        <source>Save a picture of the window</source>
        <translation>Simpan gambar jendela</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="338" />
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/file_actions.py" line="343" />
        <source>Could not write {file}: choose a folder you can write to.</source>
        <translation>Tidak dapat menulis {file}: pilih folder yang boleh Anda tulisi.</translation>
    </message>
</context>
<context>
    <name>FramesMixin</name>
    <message>
        <location filename="../../backprop_gui/gui/shell_frames.py" line="118" />
        <source>Epoch {epoch}</source>
        <translation>Epoch {epoch}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_frames.py" line="139" />
        <source>Learning rate now {rate}</source>
        <translation>Laju pembelajaran saat ini {rate}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_frames.py" line="140" />
        <source>Epoch {epoch}, mini-batch {batch} of {batches}</source>
        <translation>Epoch {epoch}, mini-batch {batch} dari {batches}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_frames.py" line="142" />
        <source>{rate} epochs/s</source>
        <translation>{rate} epoch/detik</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_frames.py" line="143" />
        <source>Train loss {loss}</source>
        <translation>Kerugian latih {loss}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_frames.py" line="144" />
        <source>Test loss {loss}</source>
        <translation>Kerugian uji {loss}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_frames.py" line="144" />
        <source>No test data</source>
        <translation>Tidak ada data uji</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_frames.py" line="146" />
        <source>Accuracy: train {value}</source>
        <translation>Akurasi: latih {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_frames.py" line="148" />
        <location filename="../../backprop_gui/gui/shell_frames.py" line="153" />
        <source>test {value}</source>
        <translation>uji {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_frames.py" line="151" />
        <source>R²: train {value}</source>
        <translation>R²: latih {value}</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="683" />
        <source>The glossary could not be read.</source>
        <translation>Glosarium tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="685" />
        <source>No word matches “{text}”.</source>
        <translation>Tidak ada istilah yang cocok dengan “{text}”.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="704" />
        <source>Open lesson: {title}</source>
        <translation>Buka pelajaran: {title}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="705" />
        <source>Show this lesson in the Lessons panel.</source>
        <translation>Tampilkan pelajaran ini di panel Pelajaran.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="715" />
        <source>Glossary</source>
        <translation>Glosarium</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="716" />
        <source>Search…</source>
        <translation>Cari…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="717" />
        <source>Type part of a word, in either language, to find it.</source>
        <translation>Ketik sebagian kata, dalam bahasa Indonesia atau Inggris, untuk mencarinya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="718" />
        <source>Terms</source>
        <translation>Istilah</translation>
    </message>
</context>
<context>
    <name>GradientsView</name>
    <message>
        <location filename="../../backprop_gui/gui/views/gradients_view.py" line="160" />
        <source>gradient norm ‖∂L/∂W‖</source>
        <extracomment>A deep network's layers take colours along a ramp, first layer (dark blue) to last (orange), instead of the eight series colours: ten lines in repeated colours cannot be told apart, a ramp shows which end of the network a line belongs to.</extracomment>
        <translation>norma gradien ‖∂L/∂W‖</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/gradients_view.py" line="161" />
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/gradients_view.py" line="163" />
        <source>A layer's gradient norm says how strongly the loss pushes on that layer's weights. Tiny values mean the layer hardly learns; huge values make training jump around. The scale is logarithmic: each step up is ten times larger.</source>
        <translation>Norma gradien sebuah lapisan menunjukkan seberapa kuat nilai kerugian mendorong bobot-bobot lapisan itu. Nilai yang sangat kecil berarti lapisan itu hampir tidak belajar; nilai yang sangat besar membuat pelatihan melompat-lompat. Skalanya logaritmik: setiap naik satu tingkat berarti sepuluh kali lebih besar.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/gradients_view.py" line="168" />
        <source>Backpropagation multiplies by every layer's derivative on the way back, so the gradient can shrink (vanish) or grow (explode) from layer to layer.</source>
        <translation>Propagasi mundur mengalikan dengan turunan setiap lapisan sepanjang jalan kembali (aturan rantai), sehingga gradien bisa mengecil hingga menghilang (vanishing) atau membesar hingga meledak (exploding) dari lapisan ke lapisan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/gradients_view.py" line="173" />
        <source>Layer {number}</source>
        <translation>Lapisan {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/views/gradients_view.py" line="176" />
        <source>%n earlier kept run(s)</source>
        <translation>
            <numerusform>%n kurva pembanding sebelumnya</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/gradients_view.py" line="187" />
        <source>Gradients are very large ({size}): training is unstable (exploding gradients). Try a smaller learning rate.</source>
        <translation>Gradien sangat besar ({size}): pelatihan tidak stabil (gradien meledak, exploding gradients). Coba laju pembelajaran yang lebih kecil.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/gradients_view.py" line="192" />
        <source>The learning rate is so large that the neurons saturated: a big step pushed them where their activation is flat, so their gradient is almost zero. This is not a deep network's vanishing gradient: lower the learning rate.</source>
        <translation>Laju pembelajaran terlalu besar sehingga neuron-neuronnya jenuh: satu langkah besar mendorongnya ke bagian fungsi aktivasi yang datar, sehingga gradiennya hampir nol. Ini bukan vanishing gradient pada jaringan yang dalam: turunkan laju pembelajarannya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/gradients_view.py" line="199" />
        <source>The first layer's gradient is zero: the early layers are not learning at all (vanishing gradients). Try ReLU or batch normalization.</source>
        <translation>Gradien lapisan pertama nol: lapisan-lapisan awal sama sekali tidak belajar (gradien menghilang, vanishing gradients). Coba ReLU atau normalisasi batch.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/gradients_view.py" line="203" />
        <source>Layer {layer}'s gradient is zero: the early layers are not learning at all (vanishing gradients). Try ReLU or batch normalization.</source>
        <translation>Gradien lapisan {layer} nol: lapisan-lapisan awal sama sekali tidak belajar (gradien menghilang, vanishing gradients). Coba ReLU atau normalisasi batch.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/gradients_view.py" line="209" />
        <source>The first layer's gradient is {factor}× smaller than the last layer's: the early layers are hardly learning (vanishing gradients). Try ReLU or batch normalization.</source>
        <translation>Gradien lapisan pertama {factor}× lebih kecil daripada gradien lapisan terakhir: lapisan-lapisan awal hampir tidak belajar (gradien menghilang, vanishing gradients). Coba ReLU atau normalisasi batch.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/gradients_view.py" line="213" />
        <source>Layer {layer}'s gradient is {factor}× smaller than the last layer's: the early layers are hardly learning (vanishing gradients). Try ReLU or batch normalization.</source>
        <translation>Gradien lapisan {layer} {factor}× lebih kecil daripada gradien lapisan terakhir: lapisan-lapisan awal hampir tidak belajar (gradien menghilang, vanishing gradients). Coba ReLU atau normalisasi batch.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../backprop_gui/gui/guide.py" line="43" />
        <source>Teacher's guide</source>
        <translation>Panduan guru</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/guide.py" line="48" />
        <source>The guide could not be read ({error}). Reinstalling the app restores it.</source>
        <translation>Panduan tidak dapat dibaca ({error}). Pasang ulang aplikasi untuk memulihkannya.</translation>
    </message>
</context>
<context>
    <name>HelpMixin</name>
    <message>
        <location filename="../../backprop_gui/gui/shell_help.py" line="46" />
        <source>About backprop-gui</source>
        <translation>Tentang backprop-gui</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_help.py" line="47" />
        <source>&lt;h3&gt;backprop-gui {version}&lt;/h3&gt;&lt;p&gt;Build a neural network, watch it learn by backpropagation, break it on purpose and understand why.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. It works entirely offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;backprop-gui {version}&lt;/h3&gt;&lt;p&gt;Bangun jaringan saraf, amati cara ia belajar dengan propagasi mundur (backpropagation), rusak dengan sengaja, lalu pahami penyebabnya.&lt;/p&gt;&lt;p&gt;Perangkat lunak bebas dengan lisensi MIT. Sepenuhnya bekerja tanpa internet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_help.py" line="58" />
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
</context>
<context>
    <name>LandscapePlot</name>
    <message>
        <location filename="../../backprop_gui/gui/views/landscape_view.py" line="212" />
        <source>loss from {low} (pale) to {high} (dark)</source>
        <translation>kerugian dari {low} (pucat) sampai {high} (gelap)</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../../backprop_gui/gui/views/landscape_view.py" line="366" />
        <source>Axes:</source>
        <extracomment>The user asked for the optimiser race (the window opens it).</extracomment>
        <translation>Sumbu:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/landscape_view.py" line="367" />
        <source>across:</source>
        <translation>mendatar:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/landscape_view.py" line="368" />
        <source>up:</source>
        <translation>tegak:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/landscape_view.py" line="369" />
        <source>Optimiser race…</source>
        <translation>Balapan pengoptimal…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/landscape_view.py" line="370" />
        <source>Race two or three optimisers from the same starting weights on this landscape.</source>
        <translation>Balapkan dua atau tiga pengoptimal dari bobot awal yang sama di lanskap ini.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/landscape_view.py" line="371" />
        <source>two random directions</source>
        <translation>dua arah acak</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/landscape_view.py" line="372" />
        <source>two parameters</source>
        <translation>dua parameter</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/landscape_view.py" line="374" />
        <source>Random directions work for any network: each neuron's weights move by as much as they weigh (filter normalisation, Li et al. 2018). For a small network you can pick two weights or biases instead.</source>
        <translation>Arah acak dapat dipakai untuk jaringan apa pun: bobot setiap neuron bergeser sebesar ukuran bobot itu sendiri (normalisasi filter, Li dkk. 2018). Untuk jaringan kecil, Anda juga bisa memilih dua bobot atau bias sebagai sumbu.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/landscape_view.py" line="379" />
        <source>The loss over a flat slice of weight space through the current weights: pale is low, dark is high, and the lines join points of equal loss. The line is the path training took, seen from above; the filled dot is where the weights are now, the hollow dot where they started.</source>
        <translation>Kerugian pada sebuah irisan datar ruang bobot yang melewati bobot saat ini: pucat berarti rendah, gelap berarti tinggi, dan garis-garis tipis menghubungkan titik-titik dengan kerugian yang sama. Garis tebal adalah jalur yang ditempuh pelatihan, dilihat dari atas; titik penuh menunjukkan posisi bobot sekarang, titik berlubang posisi awalnya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/landscape_view.py" line="386" />
        <source>direction 1</source>
        <translation>arah 1</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/landscape_view.py" line="386" />
        <source>direction 2</source>
        <translation>arah 2</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/landscape_view.py" line="450" />
        <source>path and the weights now</source>
        <translation>jalur dan bobot sekarang</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/landscape_view.py" line="450" />
        <source>start</source>
        <translation>awal</translation>
    </message>
</context>
<context>
    <name>LayerRow</name>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="289" />
        <source>Hidden {n}:</source>
        <translation>Tersembunyi {n}:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="291" />
        <source> neurons</source>
        <translation> neuron</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="292" />
        <source>How many neurons this layer has. More neurons can draw more complicated shapes, but learn slower and overfit sooner.</source>
        <translation>Banyaknya neuron di lapisan ini. Makin banyak neuron, makin rumit bentuk yang bisa digambar, tetapi belajarnya lebih lambat dan lebih cepat mengalami overfitting.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="293" />
        <source>The activation function bends each neuron's weighted sum. Without it, any stack of layers is just one straight line.</source>
        <translation>Fungsi aktivasi membengkokkan jumlah berbobot setiap neuron. Tanpa fungsi aktivasi, setumpuk lapisan apa pun hanya setara dengan satu garis lurus.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="297" />
        <source>Remove this layer</source>
        <translation>Hapus lapisan ini</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/controls.py" line="298" />
        <source>Remove hidden layer {n}</source>
        <translation>Hapus lapisan tersembunyi {n}</translation>
    </message>
</context>
<context>
    <name>LayoutMixin</name>
    <message>
        <location filename="../../backprop_gui/gui/shell_layout.py" line="54" />
        <source>Reset all settings?</source>
        <extracomment>A window at least this wide has the lesson beside the views; a narrower one (a 1024-pixel projector) has it as a tab beside the Settings, as there is no room.</extracomment>
        <translation>Atur ulang semua pengaturan?</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_layout.py" line="55" />
        <source>The layout, zoom, language and list of recent files go back to how they were on the first start. Your experiments are not touched.</source>
        <translation>Tata letak, perbesaran, bahasa, dan daftar berkas terakhir kembali seperti saat pertama kali dijalankan. Eksperimen Anda tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_layout.py" line="234" />
        <source>The translation could not be loaded, so the window stays in English.</source>
        <translation>Terjemahan tidak dapat dimuat, jadi jendela tetap berbahasa Inggris.</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="69" />
        <source>Settings panel</source>
        <translation>Panel Pengaturan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="70" />
        <source>Network diagram</source>
        <translation>Diagram jaringan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="71" />
        <source>Decision view</source>
        <translation>Peta keputusan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="72" />
        <source>Loss curves</source>
        <translation>Kurva kerugian</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="73" />
        <source>Weights</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="74" />
        <source>Gradient norms</source>
        <translation>Norma gradien</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="75" />
        <source>Confusion matrix</source>
        <translation>Matriks konfusi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="76" />
        <source>Step-through</source>
        <translation>Langkah demi langkah</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="77" />
        <source>Digit images</source>
        <translation>Gambar angka</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="78" />
        <source>Play button</source>
        <translation>Tombol Jalankan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="79" />
        <source>Step epoch button</source>
        <translation>Tombol Maju satu epoch</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="80" />
        <source>Step mini-batch button</source>
        <translation>Tombol Maju satu mini-batch</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="81" />
        <source>Reset weights button</source>
        <translation>Tombol Atur ulang bobot</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="82" />
        <source>Keep this run button</source>
        <translation>Tombol Pertahankan hasil ini</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="83" />
        <source>Speed list</source>
        <translation>Daftar kecepatan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="94" />
        <source>at least</source>
        <translation>paling sedikit</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="95" />
        <source>at most</source>
        <translation>paling banyak</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="96" />
        <source>above</source>
        <translation>lebih dari</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="97" />
        <source>below</source>
        <translation>kurang dari</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="112" />
        <source> (how it changes)</source>
        <translation> (bagaimana berubahnya)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="527" />
        <source>Texts</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="528" />
        <source>Try this</source>
        <translation>Coba ini</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="529" />
        <source>Presets</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="530" />
        <source>Predictions</source>
        <translation>Prediksi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="531" />
        <source>Challenges</source>
        <translation>Tantangan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="532" />
        <source>Classroom</source>
        <translation>Mode kelas</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="540" />
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="540" />
        <source>See the lesson exactly as a student will see it.</source>
        <translation>Lihat pelajaran persis seperti yang akan dilihat siswa.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="541" />
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="541" />
        <source>Save the lesson among your own: the Lessons panel lists it under “My lessons”.</source>
        <translation>Simpan pelajaran di antara pelajaran Anda sendiri: panel Pelajaran mencantumkannya di bawah “Pelajaran saya”.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="542" />
        <source>Save as lesson pack…</source>
        <translation>Simpan sebagai paket pelajaran…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="542" />
        <source>Write the lesson and its presets as one .bplesson file to share, by USB for example.</source>
        <translation>Tulis pelajaran dan percobaannya sebagai satu berkas .bplesson untuk dibagikan, misalnya lewat USB.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="543" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="560" />
        <source>A short name of lowercase letters, digits and _; made from the title if left empty.</source>
        <translation>Nama pendek dari huruf kecil, angka, dan _; dibuat dari judul bila dikosongkan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="565" />
        <source>Short name:</source>
        <translation>Nama pendek:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="567" />
        <source>Number in the list:</source>
        <translation>Nomor di daftar:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="570" />
        <source>Write in English, in Bahasa Indonesia, or both. A lesson written in one language only is shown in it, with a note saying so, in the other.</source>
        <translation>Tulis dalam bahasa Inggris, Bahasa Indonesia, atau keduanya. Pelajaran yang hanya ditulis dalam satu bahasa ditampilkan dalam bahasa itu, dengan catatan tentang hal itu, pada bahasa yang lain.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="575" />
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="602" />
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="578" />
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="578" />
        <source>Goal:</source>
        <translation>Tujuan:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="579" />
        <source>Explanation
(an empty line
between paragraphs):</source>
        <translation>Penjelasan
(satu baris kosong
antarparagraf):</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="580" />
        <source>Question:</source>
        <translation>Pertanyaan:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="580" />
        <source>Answer:</source>
        <translation>Jawaban:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="597" />
        <source>One step per row, in both languages. A step may point at a control or view: the student clicks it and the window shows where it is.</source>
        <translation>Satu langkah per baris, dalam kedua bahasa. Sebuah langkah dapat menunjuk ke kontrol atau tampilan: siswa mengekliknya dan jendela menunjukkan letaknya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="602" />
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="602" />
        <source>Points at</source>
        <translation>Menunjuk ke</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="605" />
        <source>Add a step</source>
        <translation>Tambah langkah</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="608" />
        <source>Remove the selected step</source>
        <translation>Hapus langkah yang dipilih</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="620" />
        <source>A preset is an experiment the lesson opens with one button. Set up the window as the students should start, then add its settings here, with a label.</source>
        <translation>Percobaan adalah eksperimen yang dibuka pelajaran dengan satu tombol. Atur jendela seperti keadaan awal yang diinginkan untuk siswa, lalu tambahkan pengaturannya di sini, dengan sebuah label.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="625" />
        <source>Label (English)</source>
        <translation>Label (bahasa Inggris)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="625" />
        <source>Label (Bahasa Indonesia)</source>
        <translation>Label (Bahasa Indonesia)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="625" />
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="629" />
        <source>Add the current settings as a preset</source>
        <translation>Tambahkan pengaturan saat ini sebagai percobaan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="632" />
        <source>Remove the selected preset</source>
        <translation>Hapus percobaan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="644" />
        <source>A prediction is asked before a preset trains and compared with what the run did.</source>
        <translation>Prediksi ditanyakan sebelum sebuah percobaan dilatih, lalu dibandingkan dengan hasil latihannya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="646" />
        <source>A challenge is a goal the app checks while the student trains, and ticks when it is met.</source>
        <translation>Tantangan adalah sasaran yang diperiksa aplikasi selama siswa melatih jaringan, dan dicentang bila tercapai.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="656" />
        <source>Add a prediction</source>
        <translation>Tambah prediksi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="656" />
        <source>Add a challenge</source>
        <translation>Tambah tantangan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="671" />
        <source>In classroom mode the window shows only the lesson, the network diagram and what you tick here, and the students cannot change that (View → Classroom mode for the open lesson).</source>
        <translation>Dalam mode kelas, jendela hanya menampilkan pelajaran, diagram jaringan, dan apa yang Anda centang di sini, dan siswa tidak dapat mengubahnya (Tampilan → Mode kelas untuk pelajaran yang terbuka).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="675" />
        <source>This lesson can be used in classroom mode</source>
        <translation>Pelajaran ini dapat dipakai dalam mode kelas</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="681" />
        <source>Settings the students may change</source>
        <translation>Pengaturan yang boleh diubah siswa</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="682" />
        <source>Views shown</source>
        <translation>Tampilan yang ditunjukkan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="709" />
        <source>Hidden layers (their neurons)</source>
        <translation>Lapisan tersembunyi (jumlah neuronnya)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="711" />
        <source>Activation of the hidden layers</source>
        <translation>Aktivasi lapisan tersembunyi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="741" />
        <source>(nothing)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="742" />
        <source>Setting or control: {name}</source>
        <translation>Pengaturan atau kontrol: {name}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="764" />
        <source>{number}. {label}</source>
        <translation>{number}. {label}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="790" />
        <source>{data}, hidden {hidden}, learning rate {rate}</source>
        <translation>{data}, tersembunyi {hidden}, laju pembelajaran {rate}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="797" />
        <source>Only experiments on the app's own data sets can be presets: a CSV file would not travel with the lesson.</source>
        <translation>Hanya eksperimen dengan dataset bawaan aplikasi yang dapat menjadi percobaan: berkas CSV tidak ikut terbawa bersama pelajaran.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="1018" />
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="1020" />
        <source>The lesson cannot be used yet: {problem}</source>
        <translation>Pelajaran belum dapat dipakai: {problem}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="1022" />
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="1042" />
        <source>The lesson could not be written: {reason}</source>
        <translation>Pelajaran tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="1050" />
        <source>Lesson saved: {title}</source>
        <translation>Pelajaran disimpan: {title}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="1068" />
        <source>Lesson pack saved: {file}</source>
        <translation>Paket pelajaran disimpan: {file}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="1074" />
        <source>Save as lesson pack</source>
        <translation>Simpan sebagai paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="1074" />
        <source>Lesson packs (*.bplesson)</source>
        <translation>Paket pelajaran (*.bplesson)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="1096" />
        <source>Preview: {title}</source>
        <translation>Pratinjau: {title}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="1111" />
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="1149" />
        <source>Unsaved lesson</source>
        <translation>Pelajaran belum disimpan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="1149" />
        <source>The lesson has changes that are not saved. Save them first?</source>
        <translation>Pelajaran ini punya perubahan yang belum disimpan. Simpan dulu?</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="1210" />
        <source>Restore your lesson?</source>
        <translation>Pulihkan pelajaran Anda?</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="1211" />
        <source>The lesson editor did not close properly last time. Restore the lesson you were writing?</source>
        <translation>Penyunting pelajaran tidak tertutup dengan benar terakhir kali. Pulihkan pelajaran yang sedang Anda tulis?</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="1225" />
        <source>Lesson editor</source>
        <translation>Penyunting pelajaran</translation>
    </message>
</context>
<context>
    <name>LessonLibrary</name>
    <message>
        <location filename="../../backprop_gui/gui/lesson_library.py" line="101" />
        <source>The lesson pack {file} could not be read: {reason}</source>
        <extracomment>The group of the lesson editor's lessons in the Lessons panel (a lesson's texts, not the interface's). At most this many packs are read from one folder at start.</extracomment>
        <translation>Paket pelajaran {file} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_library.py" line="111" />
        <source>Could not open {file}: {reason}</source>
        <translation>Tidak dapat membuka {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_library.py" line="125" />
        <source>The lesson pack is shown now but could not be kept for the next start: {reason}</source>
        <translation>Paket pelajaran ditampilkan sekarang, tetapi tidak dapat disimpan untuk pembukaan berikutnya: {reason}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_library.py" line="133" />
        <source>Lessons added: {title} ({count})</source>
        <translation>Pelajaran ditambahkan: {title} ({count})</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_library.py" line="174" />
        <source>Lesson pack removed: {title}</source>
        <translation>Paket pelajaran dihapus: {title}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_library.py" line="182" />
        <source>No lesson pack to remove: open one with File → Open.</source>
        <translation>Tidak ada paket pelajaran untuk dihapus: buka satu dengan Berkas → Buka.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_library.py" line="187" />
        <source>Remove a lesson pack</source>
        <translation>Hapus paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_library.py" line="188" />
        <source>Which lesson pack should be removed from the lesson list?</source>
        <translation>Paket pelajaran mana yang akan dihapus dari daftar pelajaran?</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_library.py" line="205" />
        <source>Choose a lesson in the Lessons panel first.</source>
        <translation>Pilih dulu sebuah pelajaran di panel Pelajaran.</translation>
    </message>
</context>
<context>
    <name>LessonTasks</name>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="48" />
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="53" />
        <source>Training loss</source>
        <extracomment>While training runs the challenges are checked this often (seconds); the points recorded in between are checked too, so none is missed.</extracomment>
        <translation>Kerugian latih</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="49" />
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="54" />
        <source>Test loss</source>
        <translation>Kerugian uji</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="50" />
        <source>Training loss at the end</source>
        <translation>Kerugian latih di akhir</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="51" />
        <source>Epochs to come within 1 % of the lowest loss</source>
        <translation>Epoch sampai kerugian hanya berselisih 1 % dari nilai terendahnya</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="52" />
        <source>Training loss at epoch 0</source>
        <translation>Kerugian latih pada epoch 0</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="55" />
        <source>Lowest test loss</source>
        <translation>Kerugian uji terendah</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="56" />
        <source>Training accuracy</source>
        <translation>Akurasi latih</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="57" />
        <source>Test accuracy</source>
        <translation>Akurasi uji</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="58" />
        <source>Test R²</source>
        <translation>R² uji</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="59" />
        <source>Hidden neurons</source>
        <translation>Neuron tersembunyi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="60" />
        <source>Hidden layers</source>
        <translation>Lapisan tersembunyi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="61" />
        <source>Weights and biases</source>
        <translation>Bobot dan bias</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="62" />
        <source>Learning rate</source>
        <translation>Laju pembelajaran</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="63" />
        <source>Batch size</source>
        <translation>Ukuran batch</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="64" />
        <source>Epochs trained</source>
        <translation>Epoch yang sudah dilatih</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="65" />
        <source>Weight updates per epoch</source>
        <translation>Pembaruan bobot per epoch</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="66" />
        <source>Weight updates in all</source>
        <translation>Pembaruan bobot seluruhnya</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="69" />
        <source>fell</source>
        <translation>turun</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="70" />
        <source>stayed almost flat</source>
        <translation>hampir datar</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="71" />
        <source>rose</source>
        <translation>naik</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="72" />
        <source>fell, then rose again</source>
        <translation>turun, lalu naik lagi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="73" />
        <source>jumped up and down</source>
        <translation>naik-turun tak menentu</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="74" />
        <source>blew up: training diverged</source>
        <translation>meledak: pelatihan divergen</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="76" />
        <source>came to rest</source>
        <translation>sudah diam</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="77" />
        <source>was still falling</source>
        <translation>masih terus turun</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="78" />
        <source>was rising</source>
        <translation>sedang naik</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="79" />
        <source>bounced up and down</source>
        <translation>naik-turun memantul</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="81" />
        <source>{measure}: not measured in this run</source>
        <translation>{measure}: tidak terukur pada pelatihan ini</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="82" />
        <source>{measure}: {value}</source>
        <translation>{measure}: {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="505" />
        <source>Your prediction is kept. Train the network (“Play”); when it stops, your prediction is shown beside what happened.</source>
        <translation>Prediksi Anda sudah disimpan. Latih jaringannya (“Jalankan”); saat pelatihan berhenti, prediksi Anda ditampilkan berdampingan dengan apa yang terjadi.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="508" />
        <source>✔ Challenge met: {goal}</source>
        <translation>✔ Tantangan tercapai: {goal}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="510" />
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="372" />
        <source>Remove the lesson pack “{title}”</source>
        <extracomment>Titles are drawn this much larger than the window's font.</extracomment>
        <translation>Hapus paket pelajaran “{title}”</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="464" />
        <source>First predict what will happen, then open the experiment {file}.</source>
        <translation>Buat prediksi dulu tentang apa yang akan terjadi, lalu buka eksperimen {file}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="467" />
        <source>Open the experiment {file} in the window.</source>
        <translation>Buka eksperimen {file} di jendela aplikasi.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="492" />
        <source>This lesson is written in English only.</source>
        <translation>Pelajaran ini hanya ditulis dalam bahasa Inggris.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="493" />
        <source>This lesson is written in Bahasa Indonesia only.</source>
        <translation>Pelajaran ini hanya ditulis dalam Bahasa Indonesia.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="505" />
        <source>Click to see where this is in the window.</source>
        <translation>Klik untuk melihat letaknya di jendela.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="518" />
        <location filename="../../backprop_gui/gui/lessons.py" line="541" />
        <source>Hide the answer</source>
        <translation>Sembunyikan jawaban</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="518" />
        <location filename="../../backprop_gui/gui/lessons.py" line="541" />
        <source>Show the answer</source>
        <translation>Tampilkan jawaban</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="526" />
        <source>Lessons</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="528" />
        <source>Choose a lesson. Each one explains an idea and lets you try it in the window.</source>
        <translation>Pilih sebuah pelajaran. Setiap pelajaran menjelaskan satu gagasan dan mengajak Anda mencobanya langsung di jendela aplikasi.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="530" />
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="531" />
        <source>Explanation</source>
        <translation>Penjelasan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="532" />
        <source>Try this</source>
        <translation>Coba ini</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="533" />
        <source>Click a step with a blue bar to see where it is in the window.</source>
        <translation>Klik langkah yang bergaris biru untuk melihat letaknya di jendela.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="534" />
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="535" />
        <source>Challenges</source>
        <translation>Tantangan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="536" />
        <source>Reach a goal: the app checks it while you train and ticks it when it is met.</source>
        <translation>Capai sebuah sasaran: aplikasi memeriksanya selama Anda melatih jaringan dan mencentangnya begitu tercapai.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="537" />
        <source>Open an experiment</source>
        <translation>Buka eksperimen</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="538" />
        <source>Words in this lesson</source>
        <translation>Istilah dalam pelajaran ini</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="539" />
        <source>Click a word to read its explanation in the glossary.</source>
        <translation>Klik sebuah istilah untuk membaca penjelasannya di glosarium.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="542" />
        <source>Think about the question first, then check your answer.</source>
        <translation>Pikirkan dulu pertanyaannya, baru periksa jawaban Anda.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="543" />
        <source>No lessons were found.</source>
        <translation>Tidak ada pelajaran yang ditemukan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lessons.py" line="545" />
        <source>Some lesson files could not be read (point here for details).</source>
        <translation>Beberapa berkas pelajaran tidak dapat dibaca (arahkan kursor ke sini untuk melihat rinciannya).</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <location filename="../../backprop_gui/gui/views/loss_view.py" line="150" />
        <source>epoch {epoch}</source>
        <translation>epoch {epoch}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/loss_view.py" line="195" />
        <source>stopped early</source>
        <translation>berhenti lebih awal</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/loss_view.py" line="196" />
        <source>Lowest validation loss: epoch {epoch}</source>
        <translation>Kerugian validasi terendah: epoch {epoch}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/loss_view.py" line="208" />
        <source>log scale</source>
        <translation>skala log</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/loss_view.py" line="210" />
        <source>A logarithmic scale shows every tenfold drop of the loss as an equal step, so progress late in training stays visible.</source>
        <translation>Skala logaritmik menampilkan setiap penurunan kerugian sebesar sepuluh kali lipat sebagai langkah yang sama besar, sehingga kemajuan di akhir pelatihan tetap terlihat.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/loss_view.py" line="214" />
        <source>The loss measures how wrong the network's answers are; training tries to make it small. If the test curve rises while the training curve keeps falling, the network is memorising the training data (overfitting). Drag to pan, scroll to zoom.</source>
        <translation>Nilai kerugian (loss) mengukur seberapa salah jawaban jaringan; pelatihan berusaha memperkecilnya. Jika kurva data uji naik sementara kurva data latih terus turun, jaringan sedang menghafal data latih (overfitting). Seret untuk menggeser, gulir untuk memperbesar atau memperkecil.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/loss_view.py" line="218" />
        <source>loss</source>
        <translation>kerugian</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/loss_view.py" line="219" />
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/loss_view.py" line="221" />
        <source>accuracy (%)</source>
        <translation>akurasi (%)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/loss_view.py" line="223" />
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/loss_view.py" line="267" />
        <source>training set</source>
        <translation>data latih</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/loss_view.py" line="269" />
        <source>test set</source>
        <translation>data uji</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/loss_view.py" line="271" />
        <source>validation set</source>
        <translation>data validasi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/views/loss_view.py" line="274" />
        <source>%n earlier kept run(s)</source>
        <translation>
            <numerusform>%n kurva pembanding sebelumnya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="46" />
        <location filename="../../backprop_gui/gui/main_window.py" line="400" />
        <source>Play</source>
        <translation>Jalankan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="46" />
        <source>Start or pause training (Space).</source>
        <translation>Mulai atau jeda pelatihan (Spasi).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="49" />
        <source>Step epoch</source>
        <translation>Maju satu epoch</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="49" />
        <source>Train one epoch: one pass over all the training data (→).</source>
        <translation>Latih satu epoch: satu putaran melewati seluruh data latih (→).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="51" />
        <source>Step mini-batch</source>
        <translation>Maju satu mini-batch</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="51" />
        <source>Train on one mini-batch: a single weight update (Shift+→).</source>
        <translation>Latih dengan satu mini-batch: satu kali pembaruan bobot (Shift+→).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="53" />
        <source>Reset weights</source>
        <translation>Atur ulang bobot</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="53" />
        <source>Put the weights back to their starting values and start again (R).</source>
        <translation>Kembalikan bobot ke nilai awalnya dan mulai lagi dari awal (R).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="70" />
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="70" />
        <source>Start a new experiment with the default settings.</source>
        <translation>Mulai eksperimen baru dengan pengaturan bawaan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="72" />
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="72" />
        <source>Open an experiment file.</source>
        <translation>Buka berkas eksperimen.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="74" />
        <source>&amp;Import CSV data…</source>
        <translation>&amp;Impor data CSV…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="75" />
        <source>Train on your own data: a table saved as CSV, with one column to predict (Ctrl+I).</source>
        <translation>Latih dengan data Anda sendiri: tabel yang disimpan sebagai CSV, dengan satu kolom yang akan diprediksi (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="77" />
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="80" />
        <source>Save &amp;As…</source>
        <translation>Simpan Seb&amp;agai…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="78" />
        <source>Save the experiment: as a run (.bpexp) with its weights and curves, or its settings only (.json).</source>
        <translation>Simpan eksperimen: sebagai hasil pelatihan (.bpexp) lengkap dengan bobot dan kurvanya, atau pengaturannya saja (.json).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="81" />
        <source>Save the experiment in a new file, as a run (.bpexp) or its settings only (.json).</source>
        <translation>Simpan eksperimen ke berkas baru, sebagai hasil pelatihan (.bpexp) atau pengaturannya saja (.json).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="83" />
        <source>Training history as CSV…</source>
        <translation>Riwayat pelatihan sebagai CSV…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="84" />
        <source>Save the loss and accuracy of every recorded epoch as a spreadsheet file.</source>
        <translation>Simpan kerugian dan akurasi setiap epoch yang tercatat sebagai berkas lembar kerja (spreadsheet).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="88" />
        <source>Window as PNG image…</source>
        <translation>Jendela sebagai gambar PNG…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="88" />
        <source>Save a picture of the whole window.</source>
        <translation>Simpan gambar seluruh jendela.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="85" />
        <source>Plot as PNG or SVG…</source>
        <translation>Grafik sebagai PNG atau SVG…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="58" />
        <source>Practice: compute a step by hand</source>
        <translation>Latihan: hitung satu langkah sendiri</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="59" />
        <source>Compute one training step by hand, quantity by quantity: the app checks each answer and gives hints (P).</source>
        <translation>Hitung sendiri satu langkah pelatihan, besaran demi besaran: aplikasi memeriksa setiap jawaban dan memberi petunjuk (P).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="61" />
        <source>Optimiser race…</source>
        <translation>Balapan pengoptimal…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="62" />
        <source>Train with two or three optimisers from the same starting weights, side by side: their paths on one loss landscape and their loss curves on one plot.</source>
        <translation>Latih dengan dua atau tiga pengoptimal dari bobot awal yang sama, berdampingan: jalurnya pada satu lanskap kerugian dan kurva kerugiannya pada satu grafik.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="86" />
        <source>Save one of the plots as a picture (PNG) or as a drawing that stays sharp at any size (SVG).</source>
        <translation>Simpan salah satu grafik sebagai gambar (PNG) atau sebagai gambar vektor yang tetap tajam di ukuran berapa pun (SVG).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="90" />
        <source>Model as PyTorch code…</source>
        <translation>Model sebagai kode PyTorch…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="91" />
        <source>Write model.py with build_model(), which returns this trained network as a PyTorch module, and its weights.</source>
        <translation>Tulis model.py berisi build_model(), yang mengembalikan jaringan terlatih ini sebagai modul PyTorch, beserta bobotnya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="93" />
        <source>Model as NumPy code…</source>
        <translation>Model sebagai kode NumPy…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="94" />
        <source>Write predict.py, a forward pass in plain NumPy, and the trained weights.</source>
        <translation>Tulis predict.py, propagasi maju dengan NumPy biasa, beserta bobot hasil pelatihan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="96" />
        <source>Print &amp;worksheet…</source>
        <translation>Cetak &amp;lembar kerja…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="97" />
        <source>Write a practice problem as a PDF to print: the network with its numbers, a box for every quantity to compute, and the answer key on the last page.</source>
        <translation>Tulis soal latihan sebagai PDF untuk dicetak: jaringan beserta angka-angkanya, kotak untuk setiap besaran yang harus dihitung, dan kunci jawaban di halaman terakhir.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="99" />
        <source>Export &amp;my results…</source>
        <translation>Ekspor &amp;hasil saya…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="100" />
        <source>Save your work of this session for your teacher, as one spreadsheet file (CSV): the practice problems with their scores, your predictions with your explanations, and the challenges you met.</source>
        <translation>Simpan pekerjaan Anda di sesi ini untuk guru Anda, sebagai satu berkas lembar kerja (CSV): soal latihan beserta skornya, prediksi Anda beserta penjelasannya, dan tantangan yang Anda capai.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="102" />
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="102" />
        <source>Close backprop-gui.</source>
        <translation>Tutup backprop-gui.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="104" />
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="105" />
        <source>Put back the weight or bias you changed by hand last (Ctrl+Z).</source>
        <translation>Kembalikan bobot atau bias yang terakhir Anda ubah secara manual (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="106" />
        <source>Undo a change of a weight</source>
        <translation>Urungkan perubahan bobot</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="107" />
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="108" />
        <source>Make the change undone last again (Ctrl+Shift+Z).</source>
        <translation>Terapkan lagi perubahan yang terakhir diurungkan (Ctrl+Shift+Z).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="109" />
        <source>Redo a change of a weight</source>
        <translation>Ulangi perubahan bobot</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="111" />
        <source>Reset layout</source>
        <translation>Atur ulang tata letak</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="111" />
        <source>Put every panel back where it started.</source>
        <translation>Kembalikan setiap panel ke tempat semula.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="113" />
        <source>Projector layout</source>
        <translation>Tata letak proyektor</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="114" />
        <source>Show only the diagram, the decision view and the loss curves, large, for a class to read on a projector; again to bring every panel back (Ctrl+Shift+P).</source>
        <translation>Tampilkan hanya diagram, peta keputusan, dan kurva kerugian, dalam ukuran besar, agar terbaca oleh kelas di proyektor; pilih lagi untuk memunculkan kembali semua panel (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="116" />
        <source>Reset all settings…</source>
        <translation>Atur ulang semua pengaturan…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="117" />
        <source>Forget the layout, zoom, language and recent files, as on the first start.</source>
        <translation>Lupakan tata letak, perbesaran, bahasa, dan daftar berkas terakhir, seperti saat pertama kali dijalankan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="118" />
        <location filename="../../backprop_gui/gui/levels.py" line="50" />
        <source>Beginner</source>
        <translation>Pemula</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="119" />
        <source>Only the data, the hidden layers and the learning rate, with Play, Step and Reset; the diagram, the decision view and the loss curves.</source>
        <translation>Hanya data, lapisan tersembunyi, dan laju pembelajaran, dengan Jalankan, Maju satu epoch, dan Atur ulang bobot; beserta diagram, peta keputusan, dan kurva kerugian.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="121" />
        <location filename="../../backprop_gui/gui/levels.py" line="52" />
        <source>Intermediate</source>
        <translation>Menengah</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="122" />
        <source>Adds the activation, loss, optimiser, batch size, noise and test share, and the weights and gradients.</source>
        <translation>Menambahkan fungsi aktivasi, fungsi kerugian, pengoptimal, ukuran batch, derau, dan porsi data uji, serta tampilan bobot dan gradien.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="124" />
        <location filename="../../backprop_gui/gui/levels.py" line="55" />
        <source>Full dashboard</source>
        <translation>Dasbor lengkap</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="125" />
        <source>Every setting and every view (Ctrl+Shift+F).</source>
        <translation>Semua pengaturan dan semua tampilan (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="127" />
        <source>Classroom mode for the open lesson</source>
        <translation>Mode kelas untuk pelajaran yang terbuka</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="128" />
        <source>Show only the settings and views the open lesson needs, large, and lock the rest, so that a class cannot wander off or change the layout.</source>
        <translation>Tampilkan hanya pengaturan dan tampilan yang dibutuhkan pelajaran yang terbuka, dalam ukuran besar, dan kunci sisanya, agar siswa tidak berpindah ke bagian lain atau mengubah tata letak.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="130" />
        <source>Leave classroom mode</source>
        <translation>Keluar dari mode kelas</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="131" />
        <source>Bring back the layout and level as they were before classroom mode.</source>
        <translation>Kembalikan tata letak dan tingkat seperti sebelum mode kelas.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="133" />
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="133" />
        <source>Make text and plots bigger, for a projector.</source>
        <translation>Perbesar teks dan grafik, untuk ditampilkan dengan proyektor.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="135" />
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="135" />
        <source>Make text and plots smaller.</source>
        <translation>Perkecil teks dan grafik.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="137" />
        <source>Actual size</source>
        <translation>Ukuran asli</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="137" />
        <source>Back to the normal size.</source>
        <translation>Kembali ke ukuran normal.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="142" />
        <source>&amp;New lesson…</source>
        <translation>Pelajaran &amp;baru…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="143" />
        <source>Write a lesson of your own, in English, Bahasa Indonesia or both, and share it as a lesson pack.</source>
        <translation>Tulis pelajaran Anda sendiri, dalam bahasa Inggris, Bahasa Indonesia, atau keduanya, lalu bagikan sebagai paket pelajaran.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="145" />
        <source>&amp;Edit a copy of this lesson…</source>
        <translation>&amp;Sunting salinan pelajaran ini…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="146" />
        <source>Open a copy of the lesson shown in the lesson editor, to change it into your own.</source>
        <translation>Buka salinan pelajaran yang ditampilkan di penyunting pelajaran, untuk diubah menjadi pelajaran Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="148" />
        <source>&amp;Remove a lesson pack…</source>
        <translation>&amp;Hapus paket pelajaran…</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="149" />
        <source>Take the lessons of a lesson pack you opened out of the lesson list.</source>
        <translation>Keluarkan pelajaran dari paket pelajaran yang Anda buka dari daftar pelajaran.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="158" />
        <source>&amp;About backprop-gui</source>
        <translation>&amp;Tentang backprop-gui</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="158" />
        <source>Version and licence.</source>
        <translation>Versi dan lisensi.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="169" />
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="140" />
        <source>&amp;Lessons</source>
        <translation>Pe&amp;lajaran</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="141" />
        <source>Guided lessons: each explains one idea and loads experiments to try it (F2).</source>
        <translation>Pelajaran terpandu: setiap pelajaran menjelaskan satu gagasan dan membuka eksperimen untuk mencobanya (F2).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="151" />
        <source>&amp;Glossary</source>
        <translation>&amp;Glosarium</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="152" />
        <source>Every term, explained in a paragraph, with the lesson that shows it (F3).</source>
        <translation>Setiap istilah, dijelaskan dalam satu paragraf, beserta pelajaran yang memperlihatkannya (F3).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="55" />
        <source>Step through backpropagation</source>
        <translation>Telusuri propagasi mundur</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="56" />
        <source>Follow one training step on one sample, as numbers: forward, loss, backward by the chain rule, update (B).</source>
        <translation>Ikuti satu langkah pelatihan pada satu sampel, lengkap dengan angka-angkanya: propagasi maju, kerugian, propagasi mundur dengan aturan rantai, lalu pembaruan bobot (B).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="64" />
        <source>Keep this run</source>
        <translation>Pertahankan hasil ini</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="65" />
        <source>Keep this run's loss curves, drawn faintly, to compare with the next runs (K).</source>
        <translation>Pertahankan kurva kerugian pelatihan ini sebagai kurva samar, untuk dibandingkan dengan pelatihan berikutnya (K).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="67" />
        <source>Clear kept runs</source>
        <translation>Hapus kurva pembanding</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="67" />
        <source>Remove the faint curves of earlier runs.</source>
        <translation>Hapus kurva samar pelatihan sebelumnya dari grafik.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="154" />
        <source>&amp;Teacher's guide</source>
        <translation>Pa&amp;nduan guru</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="155" />
        <source>Installing, a first lesson and saving work, step by step (F1).</source>
        <translation>Cara memasang, pelajaran pertama, dan menyimpan pekerjaan, langkah demi langkah (F1).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="156" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="156" />
        <source>The keys that control training.</source>
        <translation>Tombol-tombol untuk mengendalikan pelatihan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="400" />
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="167" />
        <source>&amp;File</source>
        <extracomment>The tool bar's actions (the epoch counter and speed follow them, see the window). The menus: (attribute, title, items). An item is an action's name, "-" for a separator, or "@part" for what the window adds itself (a submenu, the docks).</extracomment>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="408" />
        <source>Open &amp;Recent</source>
        <translation>Buka Berkas &amp;Terakhir</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="409" />
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="170" />
        <source>&amp;Run</source>
        <translation>&amp;Pelatihan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="172" />
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="174" />
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="393" />
        <source>Epoch {epoch}</source>
        <translation>Epoch {epoch}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="410" />
        <source>&amp;Make lessons</source>
        <translation>&amp;Buat pelajaran</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="411" />
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="412" />
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="412" />
        <source>Decision view</source>
        <translation>Peta keputusan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="413" />
        <source>Loss curves</source>
        <translation>Kurva kerugian</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="413" />
        <source>Weights</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="414" />
        <source>Gradient norms</source>
        <translation>Norma gradien</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="414" />
        <source>Confusion matrix</source>
        <translation>Matriks konfusi (confusion matrix)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="415" />
        <source>Step-through</source>
        <translation>Langkah demi langkah</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="415" />
        <source>Lessons</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="416" />
        <source>Digit images</source>
        <translation>Gambar angka</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="416" />
        <source>Practice</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="417" />
        <source>Loss landscape</source>
        <translation>Lanskap kerugian</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="421" />
        <source>An epoch is one pass over all the training data.</source>
        <translation>Satu epoch adalah satu putaran melewati seluruh data latih.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="422" />
        <source>Reset with a smaller learning rate</source>
        <translation>Mulai ulang dengan laju pembelajaran lebih kecil</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="423" />
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="425" />
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/main_window.py" line="481" />
        <source>Untitled experiment</source>
        <translation>Eksperimen tanpa judul</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="48" />
        <source>Play or pause training</source>
        <translation>Jalankan atau jeda pelatihan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="50" />
        <source>Train one epoch</source>
        <translation>Latih satu epoch</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="52" />
        <source>Train one mini-batch</source>
        <translation>Latih satu mini-batch</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/actions.py" line="54" />
        <source>Reset the weights</source>
        <translation>Atur ulang bobot</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/levels.py" line="67" />
        <source>Le&amp;vel</source>
        <translation>&amp;Tingkat</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/levels.py" line="68" />
        <source>Classroom mode — the teacher can leave it from View → Leave classroom mode.</source>
        <translation>Mode kelas — guru dapat keluar melalui Tampilan → Keluar dari mode kelas.</translation>
    </message>
</context>
<context>
    <name>PracticePanel</name>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="404" />
        <source>shown</source>
        <extracomment>The rungs of the hint ladder; the third shows the value.</extracomment>
        <translation>diperlihatkan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="407" />
        <source>worked</source>
        <translation>sudah dihitung</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="467" />
        <source>Not quite: try again.</source>
        <translation>Belum tepat: coba lagi.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="470" />
        <source>Work out {symbol} and type it with at least two decimals, then press Enter.</source>
        <translation>Hitung {symbol}, ketik hasilnya dengan sedikitnya dua desimal, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="472" />
        <source>Work out {symbol} and type it with four decimals, then press Enter.</source>
        <translation>Hitung {symbol}, ketik hasilnya dengan empat desimal, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="475" />
        <source>Right.</source>
        <translation>Benar.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="478" />
        <source>Formula: {formula}</source>
        <translation>Rumus: {formula}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="481" />
        <source>The numbers that go into it (marked in the drawing): {numbers}</source>
        <translation>Angka yang dimasukkan (ditandai di gambar): {numbers}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="487" />
        <source>Read how it follows, then go on with Next.</source>
        <translation>Perhatikan cara mendapatkannya, lalu tekan Lanjut.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="490" />
        <source>Problem finished.</source>
        <translation>Soal selesai.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="491" />
        <source>Press “New problem” for another one.</source>
        <translation>Tekan “Soal baru” untuk soal berikutnya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="516" />
        <source>Right first time {first} · with hints {hinted} · shown {shown} · hints used {hints}</source>
        <translation>Benar langsung {first} · dengan petunjuk {hinted} · diperlihatkan {shown} · petunjuk dipakai {hints}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="524" />
        <source>A worked example: read how each quantity is computed, then press Next.</source>
        <translation>Contoh yang sudah dikerjakan: baca cara menghitung setiap besaran, lalu tekan Lanjut.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="527" />
        <source>Each answer is judged from your own earlier answers, so a rounding early on is not counted again. Hints: a wrong answer, or the Hint button, shows first the formula, then the numbers that go into it, then the value.</source>
        <translation>Setiap jawaban dinilai dari jawaban Anda sendiri sebelumnya, jadi pembulatan di awal tidak dihitung salah lagi. Petunjuk: jawaban yang salah, atau tombol Petunjuk, memperlihatkan dulu rumusnya, lalu angka yang dimasukkan, lalu nilainya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="545" />
        <source>Level:</source>
        <translation>Tingkat:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="554" />
        <source>Level 1 is a worked example to read; level 2 leaves the update to you; from level 3 on you compute everything, then with other activations and losses and a larger network.</source>
        <translation>Tingkat 1 adalah contoh yang sudah dikerjakan untuk dibaca; di tingkat 2 Anda mengerjakan pembaruan bobot; mulai tingkat 3 Anda menghitung semuanya, lalu dengan aktivasi dan fungsi kerugian lain serta jaringan yang lebih besar.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="556" />
        <source>New problem</source>
        <translation>Soal baru</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="557" />
        <source>A new problem of this level, with new numbers.</source>
        <translation>Soal baru di tingkat ini, dengan angka-angka baru.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="559" />
        <source>◀ Back</source>
        <translation>◀ Kembali</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="560" />
        <source>The quantity before, as it was worked out.</source>
        <translation>Besaran sebelumnya, beserta cara menghitungnya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="561" />
        <source>Next ▶</source>
        <translation>Lanjut ▶</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="562" />
        <source>On to the next quantity.</source>
        <translation>Ke besaran berikutnya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="563" />
        <source>Hint</source>
        <translation>Petunjuk</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="565" />
        <source>First the formula, then the numbers that go into it, then the value. Each hint is counted.</source>
        <translation>Pertama rumusnya, lalu angka yang dimasukkan, lalu nilainya. Setiap petunjuk dihitung.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="573" />
        <source>Forward pass</source>
        <translation>Propagasi maju</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="573" />
        <source>Loss</source>
        <translation>Kerugian</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="573" />
        <source>Backward pass</source>
        <translation>Propagasi mundur</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_panel.py" line="574" />
        <source>Update</source>
        <translation>Pembaruan bobot</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_symbols.py" line="33" />
        <source>new {symbol}</source>
        <translation>{symbol} baru</translation>
    </message>
</context>
<context>
    <name>PredictionBox</name>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="233" />
        <source>Predict first</source>
        <translation>Buat prediksi dulu</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="238" />
        <source>Type your prediction</source>
        <translation>Ketik prediksi Anda</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="239" />
        <source>Predict</source>
        <translation>Simpan prediksi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="240" />
        <source>Keep your prediction and open the experiment.</source>
        <translation>Simpan prediksi Anda, lalu buka eksperimennya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="241" />
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="242" />
        <source>Open the experiment without predicting.</source>
        <translation>Buka eksperimennya tanpa membuat prediksi.</translation>
    </message>
</context>
<context>
    <name>PredictionForm</name>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="239" />
        <source>Choose one of several answers</source>
        <translation>Memilih satu dari beberapa jawaban</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="240" />
        <source>Type a number</source>
        <translation>Mengetik sebuah angka</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="248" />
        <source>Add a choice</source>
        <translation>Tambah pilihan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="252" />
        <source>Remove this prediction</source>
        <translation>Hapus prediksi ini</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="255" />
        <source>Asked before this preset trains:</source>
        <translation>Ditanyakan sebelum percobaan ini dilatih:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="256" />
        <source>Question (English | Bahasa Indonesia):</source>
        <translation>Pertanyaan (Inggris | Bahasa Indonesia):</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="257" />
        <source>The student:</source>
        <translation>Siswa:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="258" />
        <source>Checked against:</source>
        <translation>Dicocokkan dengan:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="259" />
        <source>Choices, and what the run must do for each to be right:</source>
        <translation>Pilihan, dan apa yang harus terjadi pada latihan agar pilihan itu benar:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="262" />
        <source>Right within ± (leave empty for exactly):</source>
        <translation>Benar dalam selisih ± (kosongkan untuk tepat sama):</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="265" />
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="305" />
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="265" />
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="305" />
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="265" />
        <source>Right if</source>
        <translation>Benar jika</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="265" />
        <source>and</source>
        <translation>dan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="305" />
        <source>Right if the run</source>
        <translation>Benar jika latihannya</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="305" />
        <source>Right from (&gt; x: above)</source>
        <translation>Benar mulai (&gt; x: lebih dari)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_editor.py" line="306" />
        <source>up to, not included (≤ x: included)</source>
        <translation>sampai, tidak termasuk (≤ x: termasuk)</translation>
    </message>
</context>
<context>
    <name>ProblemDiagram</name>
    <message>
        <location filename="../../backprop_gui/gui/practice_diagram.py" line="214" />
        <source>loss: {name}</source>
        <extracomment>The highlight of the numbers that go into a formula: a line colour and a label fill that read on a projector and differ from the app's blue and orange. The drawing's proportions (pixels at the normal font size). Where along its line a weight's number may sit (from the input side), in the order tried: the first place where it overlaps no neuron, bias or other number (else the place where it overlaps least).</extracomment>
        <translation>kerugian: {name}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_symbols.py" line="36" />
        <source>inputs</source>
        <translation>input</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_symbols.py" line="37" />
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/practice_symbols.py" line="38" />
        <source>layer {number}</source>
        <translation>lapisan {number}</translation>
    </message>
</context>
<context>
    <name>RaceWindow</name>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="191" />
        <location filename="../../backprop_gui/gui/race_window.py" line="212" />
        <source>direction 1</source>
        <translation>arah 1</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="191" />
        <location filename="../../backprop_gui/gui/race_window.py" line="212" />
        <source>direction 2</source>
        <translation>arah 2</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="198" />
        <source>Optimiser race</source>
        <translation>Balapan pengoptimal</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="200" />
        <source>racer {number}</source>
        <translation>peserta {number}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="203" />
        <source>The learning rate of this racer.</source>
        <translation>Laju pembelajaran peserta ini.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="204" />
        <source>optimizer</source>
        <translation>pengoptimal</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="205" />
        <source>learning rate</source>
        <translation>laju pembelajaran</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="206" />
        <location filename="../../backprop_gui/gui/race_window.py" line="225" />
        <location filename="../../backprop_gui/gui/race_window.py" line="232" />
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="206" />
        <location filename="../../backprop_gui/gui/race_window.py" line="225" />
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="207" />
        <source>Start again</source>
        <translation>Ulangi dari awal</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="208" />
        <source>Put every racer back to the same starting weights.</source>
        <translation>Kembalikan semua peserta ke bobot awal yang sama.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="209" />
        <source>training loss</source>
        <translation>kerugian latih</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="210" />
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="214" />
        <source>The loss over a flat slice of weight space through the racers' common starting weights: pale is low, dark is high. Each line is the path one optimiser took from the hollow dot at the start; the filled dot is where it is now.</source>
        <translation>Kerugian pada sebuah irisan datar ruang bobot yang melewati bobot awal bersama para peserta: pucat berarti rendah, gelap berarti tinggi. Setiap garis adalah jalur yang ditempuh satu pengoptimal dari titik berlubang di awal; titik penuh menunjukkan posisinya sekarang.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="295" />
        <source>{optimizer}, η = {rate}</source>
        <translation>{optimizer}, η = {rate}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="301" />
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="301" />
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="301" />
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="310" />
        <source>start</source>
        <translation>awal</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/race_window.py" line="318" />
        <source>Epoch {epoch} of {epochs}</source>
        <translation>Epoch {epoch} dari {epochs}</translation>
    </message>
</context>
<context>
    <name>ResultsExport</name>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="95" />
        <source>Your name, as your teacher should see it:</source>
        <translation>Nama Anda, seperti yang akan dilihat guru Anda:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="98" />
        <location filename="../../backprop_gui/gui/results.py" line="116" />
        <source>Export my results</source>
        <translation>Ekspor hasil saya</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="105" />
        <source>Please type your name: it cannot be empty.</source>
        <translation>Silakan ketik nama Anda: nama tidak boleh kosong.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="114" />
        <source>results</source>
        <translation>hasil</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="114" />
        <source>student</source>
        <translation>siswa</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="116" />
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="129" />
        <source>Could not write {file}: {reason}</source>
        <translation>Tidak dapat menulis {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="132" />
        <source>Your results are saved in {file}</source>
        <translation>Hasil Anda tersimpan di {file}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="136" />
        <source>Student</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="136" />
        <source>Date and time</source>
        <translation>Tanggal dan waktu</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="136" />
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="136" />
        <source>Lesson or level</source>
        <translation>Pelajaran atau tingkat</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="137" />
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="137" />
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="137" />
        <source>What happened</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="137" />
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="138" />
        <source>Hints used</source>
        <translation>Petunjuk dipakai</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="138" />
        <source>Explanation</source>
        <translation>Penjelasan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="156" />
        <source>practice</source>
        <translation>latihan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="157" />
        <source>Level {number}. {title}</source>
        <translation>Tingkat {number}. {title}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="159" />
        <source>Problem {seed}: {quantities} quantities to compute</source>
        <translation>Soal {seed}: {quantities} besaran untuk dihitung</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="161" />
        <source>right first time {first}, with hints {hinted}, shown {shown}</source>
        <translation>benar langsung {first}, dengan petunjuk {hinted}, diperlihatkan {shown}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="164" />
        <source>finished</source>
        <translation>selesai</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="164" />
        <source>not finished</source>
        <translation>belum selesai</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="189" />
        <source>waiting for the run</source>
        <translation>menunggu hasil pelatihan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="196" />
        <source>after {epochs} epochs</source>
        <translation>setelah {epochs} epoch</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="197" />
        <source>not measured</source>
        <translation>tidak terukur</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="198" />
        <source>right</source>
        <translation>benar</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="198" />
        <source>wrong</source>
        <translation>salah</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="200" />
        <source>prediction</source>
        <translation>prediksi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="218" />
        <source>challenge</source>
        <translation>tantangan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/results.py" line="221" />
        <source>met</source>
        <translation>tercapai</translation>
    </message>
</context>
<context>
    <name>RevealBox</name>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="334" />
        <source>You predicted</source>
        <translation>Prediksi Anda</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="335" />
        <source>What happened</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="336" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="337" />
        <source>Put the comparison away; your explanation is kept.</source>
        <translation>Sembunyikan perbandingan ini; penjelasan Anda tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="338" />
        <source>Write your explanation here.</source>
        <translation>Tulis penjelasan Anda di sini.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="348" />
        <source>{choice}
({measured}; after {epochs} epochs)</source>
        <translation>{choice}
({measured}; setelah {epochs} epoch)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="351" />
        <source>{measured}
(after {epochs} epochs)</source>
        <translation>{measured}
(setelah {epochs} epoch)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="353" />
        <source>None of the choices says this.</source>
        <translation>Tidak ada pilihan yang menyatakan hal ini.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="355" />
        <source>This run could not measure it.</source>
        <translation>Pelatihan ini tidak dapat mengukurnya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="358" />
        <source>✔ Your prediction was right.</source>
        <translation>✔ Prediksi Anda benar.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="361" />
        <source>✘ Not what happened.</source>
        <translation>✘ Bukan itu yang terjadi.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="363" />
        <source>Explain why it happened:</source>
        <translation>Jelaskan mengapa hal itu terjadi:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/lesson_tasks.py" line="364" />
        <source>Explain the difference:</source>
        <translation>Jelaskan perbedaannya:</translation>
    </message>
</context>
<context>
    <name>RunMixin</name>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="67" />
        <source>Training stopped because there was not enough memory; the weights of the last finished step are kept, and a smaller network, mini-batch or data set will fit.</source>
        <extracomment>A class watches training happen: about one epoch per frame, as TensorFlow Playground trains. Most lesson presets take 5 to 10 seconds at this speed, not 1.</extracomment>
        <translation>Pelatihan berhenti karena memori tidak cukup; bobot dari langkah terakhir yang selesai tetap disimpan, dan jaringan, mini-batch, atau dataset yang lebih kecil akan muat.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="69" />
        <source>Training stopped because of an unexpected problem ({reason}); the weights of the last finished step are kept, and you can train again, step, reset or save.</source>
        <translation>Pelatihan berhenti karena masalah yang tidak terduga ({reason}); bobot dari langkah terakhir yang selesai tetap disimpan, dan Anda dapat melatih lagi, maju selangkah, mengatur ulang, atau menyimpan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="73" />
        <source>Training diverged: {reason}. The weights from before it happened are kept.</source>
        <translation>Pelatihan divergen: {reason}. Bobot dari sebelum kejadian ini tetap dipakai.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="78" />
        <source>Stopped early at epoch {epoch}: the loss on the validation data had not improved for {patience} epochs. The weights of epoch {best}, where it was lowest, are back.</source>
        <translation>Berhenti lebih awal pada epoch {epoch}: kerugian pada data validasi tidak membaik selama {patience} epoch. Bobot dari epoch {best}, saat kerugiannya terendah, sudah dikembalikan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="80" />
        <source>Stopped early at epoch {epoch}: the loss on the validation data had not improved for {patience} epochs. The weights of the last epoch are kept.</source>
        <translation>Berhenti lebih awal pada epoch {epoch}: kerugian pada data validasi tidak membaik selama {patience} epoch. Bobot dari epoch terakhir tetap dipakai.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="87" />
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="87" />
        <source>Play</source>
        <translation>Jalankan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="98" />
        <source>Training has reached the maximum of {epochs} epochs. Raise “Maximum epochs” to train longer, or reset the weights.</source>
        <translation>Pelatihan sudah mencapai batas {epochs} epoch. Naikkan “Epoch maksimum” untuk melatih lebih lama, atau atur ulang bobot.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="145" />
        <source>Speed:</source>
        <translation>Kecepatan:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="146" />
        <source>1 epoch per second</source>
        <translation>1 epoch per detik</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="146" />
        <source>5 epochs per second</source>
        <translation>5 epoch per detik</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="146" />
        <source>20 epochs per second</source>
        <translation>20 epoch per detik</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="147" />
        <source>30 epochs per second (watch)</source>
        <translation>30 epoch per detik (untuk diamati)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="147" />
        <source>100 epochs per second</source>
        <translation>100 epoch per detik</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="148" />
        <source>As fast as possible</source>
        <translation>Secepat mungkin</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="151" />
        <source>Slow training down to watch each step, or let it run flat out.</source>
        <translation>Perlambat pelatihan untuk mengamati setiap langkah, atau biarkan berjalan secepat-cepatnya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="152" />
        <source>Fast</source>
        <translation>Cepat</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="153" />
        <source>Train as fast as possible; click again to watch at the speed chosen before.</source>
        <translation>Latih secepat mungkin; klik lagi untuk mengamati dengan kecepatan yang dipilih sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="179" />
        <source>Finished: reached the maximum of {epochs} epochs.</source>
        <translation>Selesai: sudah mencapai batas {epochs} epoch.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/shell_run.py" line="182" />
        <source>Finished: the training loss reached its target.</source>
        <translation>Selesai: kerugian pada data latih sudah mencapai targetnya.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="179" />
        <source>Choose at least one input feature: the network needs something to look at.</source>
        <translation>Pilih paling sedikit satu fitur input: jaringan perlu sesuatu untuk diamati.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="215" />
        <source>Reset the weights?</source>
        <translation>Atur ulang bobot?</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="213" />
        <source>This change needs a new network, so the training so far (epoch {epoch}) will start again from new weights. Go ahead?</source>
        <translation>Perubahan ini memerlukan jaringan baru, jadi pelatihan sejauh ini (epoch {epoch}) akan dimulai lagi dengan bobot baru. Lanjutkan?</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="138" />
        <location filename="../../backprop_gui/gui/session.py" line="154" />
        <source>The weights could not be changed now: training did not pause in time. Try again.</source>
        <translation>Bobot tidak dapat diubah sekarang karena pelatihan belum sempat dijeda. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="143" />
        <source>Change bias</source>
        <translation>Ubah bias</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="143" />
        <source>Change weight</source>
        <translation>Ubah bobot</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="211" />
        <source>This change needs a new network, so the weights you set by hand will be replaced by new ones. Go ahead?</source>
        <translation>Perubahan ini memerlukan jaringan baru, sehingga bobot yang Anda atur secara manual akan diganti dengan bobot baru. Lanjutkan?</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="230" />
        <source>Learning rate lowered to {rate}; the weights start again.</source>
        <translation>Laju pembelajaran diturunkan menjadi {rate}; bobot dimulai lagi dari awal.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="275" />
        <source>Train first: there are no curves to keep yet.</source>
        <translation>Latih dulu: belum ada kurva yang bisa dipertahankan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="279" />
        <source>This run is kept already.</source>
        <translation>Hasil pelatihan ini sudah disimpan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="286" />
        <source>Run kept. Change a setting, reset and train again to compare.</source>
        <translation>Hasil ini dipertahankan sebagai kurva pembanding. Ubah satu pengaturan, atur ulang bobot, lalu latih lagi untuk membandingkan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="300" />
        <source>learning rate {value}</source>
        <translation>laju pembelajaran {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="301" />
        <source>batch size {value}</source>
        <translation>ukuran batch {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="302" />
        <source>optimizer {value}</source>
        <translation>pengoptimal {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="303" />
        <source>loss {value}</source>
        <translation>fungsi kerugian {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="304" />
        <source>regularization {value}</source>
        <translation>regularisasi {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="305" />
        <source>regularization rate {value}</source>
        <translation>laju regularisasi {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="306" />
        <source>momentum {value}</source>
        <translation>momentum {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="307" />
        <source>seed {value}</source>
        <translation>benih acak {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="308" />
        <source>precision {value}</source>
        <translation>presisi {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="309" />
        <source>hidden layers {value}</source>
        <translation>lapisan tersembunyi {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="310" />
        <source>output {value}</source>
        <translation>output {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="311" />
        <source>initial weights {value}</source>
        <translation>inisialisasi bobot {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="312" />
        <source>batch normalization {value}</source>
        <translation>normalisasi batch {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="313" />
        <source>dropout {value}</source>
        <translation>dropout {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="314" />
        <source>data {value}</source>
        <translation>data {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="315" />
        <source>noise {value}</source>
        <translation>derau {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="316" />
        <source>samples {value}</source>
        <translation>sampel {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="317" />
        <source>features {value}</source>
        <translation>fitur {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="325" />
        <source>no hidden layer</source>
        <translation>tanpa lapisan tersembunyi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="330" />
        <source>on</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="330" />
        <source>off</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="341" />
        <source>run {number}</source>
        <translation>pelatihan {number}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="370" />
        <source>Restore your work?</source>
        <translation>Pulihkan pekerjaan Anda?</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/session.py" line="371" />
        <source>backprop-gui did not close properly last time. Restore the work it saved automatically?</source>
        <translation>backprop-gui tidak tertutup dengan benar terakhir kali. Pulihkan pekerjaan yang disimpan otomatis?</translation>
    </message>
</context>
<context>
    <name>StepThroughPanel</name>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="634" />
        <source>Sample:</source>
        <extracomment>The check counts as agreement below this relative difference. A float32 network's gradient carries about 7 digits, and rounding in its forward pass more. Formulas and the phase title are drawn this much larger than the application font. "Play the flow" lights one layer this long: slow enough to follow aloud. The keys that turn pages while the panel has the focus, and which way.</extracomment>
        <translation>Sampel:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="635" />
        <source>training set</source>
        <translation>data latih</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="636" />
        <source>test set</source>
        <translation>data uji</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="637" />
        <source>Take the sample from the training set or from the test set.</source>
        <translation>Ambil sampel dari data latih atau dari data uji.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="639" />
        <source>Which sample (data point) to follow through one training step. You can also click a point in the decision map.</source>
        <translation>Sampel (titik data) yang diikuti selama satu langkah pelatihan. Anda juga bisa mengeklik sebuah titik di peta keputusan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="642" />
        <source>Use the current weights</source>
        <translation>Pakai bobot terkini</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="644" />
        <source>The step-through works on its own copy of the network, so trying things here never disturbs training. Click to copy the network's newest weights into it.</source>
        <translation>Penelusuran langkah ini bekerja pada salinan jaringannya sendiri, jadi mencoba-coba di sini tidak akan mengganggu pelatihan. Klik untuk menyalin bobot terbaru jaringan ke salinan ini.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="647" />
        <source>◀ Back</source>
        <translation>◀ Kembali</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="648" />
        <source>Go back one page.</source>
        <translation>Kembali satu halaman.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="649" />
        <source>Next ▶</source>
        <translation>Lanjut ▶</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="650" />
        <source>Play the flow</source>
        <translation>Putar aliran</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="652" />
        <source>Light up the diagram layer by layer: the signal forward to the output, then the error δ back to the first layer.</source>
        <translation>Nyalakan diagram lapisan demi lapisan: sinyal maju ke output, lalu galat δ mundur ke lapisan pertama.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="656" />
        <source>Go on: forward through the layers, then the loss, then backward through the layers, then the update.</source>
        <translation>Lanjutkan: maju melewati lapisan-lapisan, lalu menghitung kerugian, lalu mundur melewati lapisan-lapisan, lalu memperbarui bobot.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="660" />
        <source>One training step has four phases: the forward pass computes the prediction, the loss measures how wrong it is, the backward pass finds how each weight changes the loss, and the update moves every weight a little downhill.</source>
        <translation>Satu langkah pelatihan punya empat tahap: propagasi maju menghitung prediksi, fungsi kerugian mengukur seberapa salah prediksi itu, propagasi mundur mencari pengaruh setiap bobot terhadap kerugian, dan pembaruan menggeser setiap bobot sedikit menuruni lereng.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="664" />
        <source>Neuron:</source>
        <translation>Neuron:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="666" />
        <source>The neuron whose computation is written out below. You can also click its row in the table.</source>
        <translation>Neuron yang perhitungannya diuraikan di bawah. Anda juga bisa mengeklik barisnya di tabel.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="668" />
        <source>Every neuron of this layer. Click a row to write out its numbers.</source>
        <translation>Semua neuron di lapisan ini. Klik sebuah baris untuk menguraikan angka-angkanya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="669" />
        <source>Layer:</source>
        <translation>Lapisan:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="670" />
        <source>The layer the weight leads into.</source>
        <translation>Lapisan yang dituju oleh bobot ini.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="671" />
        <source>Weight from input i =</source>
        <translation>Bobot dari input i =</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="673" />
        <source>The neuron (or input feature) of the previous layer the weight comes from.</source>
        <translation>Neuron (atau fitur input) di lapisan sebelumnya, tempat bobot ini berasal.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="675" />
        <source>to neuron j =</source>
        <translation>ke neuron j =</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="676" />
        <source>The neuron of this layer the weight leads to.</source>
        <translation>Neuron di lapisan ini yang dituju oleh bobot ini.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="677" />
        <source>Check with finite differences</source>
        <translation>Periksa dengan beda hingga</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="679" />
        <source>Nudge this one weight up and down by a tiny h, measure how the loss changes, and compare the slope (L(w + h) − L(w − h))/2h with the gradient backpropagation found. They should agree.</source>
        <translation>Geser bobot ini sedikit ke atas dan ke bawah sebesar h yang sangat kecil, ukur perubahan kerugiannya, lalu bandingkan kemiringan (L(w + h) − L(w − h))/2h dengan gradien yang ditemukan propagasi mundur. Keduanya seharusnya sama.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="682" />
        <source>Learning rate η =</source>
        <translation>Laju pembelajaran η =</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="684" />
        <source>How big a step to take downhill. Only for this step-through: the training settings stay as they are.</source>
        <translation>Seberapa besar langkah menuruni lereng. Hanya untuk penelusuran langkah ini: pengaturan pelatihan tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="686" />
        <source>Apply this step</source>
        <translation>Terapkan langkah ini</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="688" />
        <source>Move every weight and bias of the panel's copy by −η·∂L/∂w, then compute this sample's loss again. For a small η it falls.</source>
        <translation>Geser setiap bobot dan bias pada salinan di panel ini sebesar −η·∂L/∂w, lalu hitung lagi kerugian sampel ini. Untuk η yang kecil, kerugiannya turun.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="691" />
        <source>The computation written out with this sample's numbers.</source>
        <translation>Perhitungan yang diuraikan dengan angka-angka sampel ini.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="693" />
        <source>How much the loss changes when this one weight is nudged: the chain rule gives it as a product.</source>
        <translation>Seberapa besar kerugian berubah jika bobot yang satu ini digeser sedikit: aturan rantai memberikannya sebagai hasil kali.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="701" />
        <source>No network yet</source>
        <translation>Belum ada jaringan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="711" />
        <source>output layer</source>
        <translation>lapisan output</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="712" />
        <source>hidden layer {number}</source>
        <translation>lapisan tersembunyi {number}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="723" />
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="725" />
        <source>P({name})</source>
        <translation>P({name})</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="728" />
        <source>output {number}</source>
        <translation>output {number}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="733" />
        <source>class {name}</source>
        <translation>kelas {name}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="774" />
        <source>{name}, so y = {y}</source>
        <translation>{name}, jadi y = {y}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="779" />
        <source>inputs {inputs} · target: {target}</source>
        <translation>input {inputs} · target: {target}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="781" />
        <source>The sample's input features (what the network sees) and its target (the right answer, encoded as the loss needs it).</source>
        <translation>Fitur input sampel ini (yang dilihat jaringan) dan targetnya (jawaban yang benar, dikodekan sesuai kebutuhan fungsi kerugian).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="790" />
        <source>This network uses batch normalization. With a single sample a batch's mean is that sample and its variance 0, so every neuron would be normalised to 0. The step-through therefore uses batch norm's running mean μ and variance σ² (as when predicting): it then scales and shifts each neuron, z′ = γ·(z − μ)/√(σ² + ε) + β.</source>
        <translation>Jaringan ini memakai normalisasi batch. Dengan satu sampel saja, rata-rata batch adalah sampel itu sendiri dan variansnya 0, sehingga setiap neuron akan dinormalisasi menjadi 0. Karena itu penelusuran langkah ini memakai rata-rata berjalan μ dan varians berjalan σ² dari normalisasi batch (seperti saat memprediksi): setiap neuron lalu diskalakan dan digeser, z′ = γ·(z − μ)/√(σ² + ε) + β.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="797" />
        <source>Dropout is off in the step-through: its random choice of neurons would change the numbers at every click.</source>
        <translation>Dropout dimatikan dalam penelusuran langkah: pemilihan neuron secara acak akan mengubah angka-angkanya setiap kali Anda mengeklik.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="802" />
        <source>This network computes in single precision (float32, about 7 digits), so the finite-difference check, which computes in float64, agrees only to about 3 or 4 digits.</source>
        <translation>Jaringan ini menghitung dengan presisi tunggal (float32, sekitar 7 digit), sehingga pemeriksaan beda hingga, yang menghitung dengan float64, hanya sama sampai sekitar 3 atau 4 digit.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="808" />
        <source>The {name} penalty on the weights is left out: the loss here is this one sample's error.</source>
        <translation>Hukuman {name} pada bobot tidak diikutkan: kerugian di sini hanyalah galat dari satu sampel ini.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="812" />
        <source>Training uses {name}; this step is plain gradient descent, w ← w − η·∂L/∂w, so every number can be followed.</source>
        <translation>Pelatihan memakai {name}; langkah ini memakai penurunan gradien biasa, w ← w − η·∂L/∂w, agar setiap angkanya bisa diikuti.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="815" />
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="911" />
        <source>Forward pass</source>
        <translation>Propagasi maju</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="911" />
        <source>Loss</source>
        <translation>Kerugian</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="911" />
        <source>Backward pass</source>
        <translation>Propagasi mundur</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="912" />
        <source>Update</source>
        <translation>Pembaruan bobot</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="914" />
        <source>Step {number} of 4: {phase}</source>
        <translation>Tahap {number} dari 4: {phase}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="918" />
        <source>page {page} of {count}</source>
        <translation>halaman {page} dari {count}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="949" />
        <source> + batch norm</source>
        <translation> + normalisasi batch</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="950" />
        <source>layer {number} of {count}: {layer} ({units}, {activation})</source>
        <translation>lapisan {number} dari {count}: {layer} ({units}, {activation})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="952" />
        <source>%n neuron(s)</source>
        <translation>
            <numerusform>%n neuron</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="981" />
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="987" />
        <source>neuron {number}</source>
        <translation>neuron {number}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1020" />
        <source>the inputs x of the sample</source>
        <translation>input x dari sampel</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1021" />
        <source>the outputs a of the previous layer</source>
        <translation>output a dari lapisan sebelumnya</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1023" />
        <source>Each neuron multiplies {source} by its weights, adds them up with its bias b, and passes the sum z through its activation function.</source>
        <translation>Setiap neuron mengalikan {source} dengan bobot-bobotnya, menjumlahkan hasilnya bersama biasnya b, lalu meneruskan jumlah z itu melalui fungsi aktivasinya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1064" />
        <source>{w} is the weight from {i} (previous layer) to neuron {j} (this layer).</source>
        <translation>{w} adalah bobot dari {i} (lapisan sebelumnya) ke neuron {j} (lapisan ini).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1068" />
        <source>A superscript tells the layer: {a} is neuron 2 of hidden layer 1; x are the inputs and ŷ the outputs.</source>
        <translation>Angka di atas (superskrip) menunjukkan lapisannya: {a} adalah neuron 2 di lapisan tersembunyi 1; x adalah input dan ŷ adalah output.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1091" />
        <source>(because {z} &gt; 0)</source>
        <translation>(karena {z} &gt; 0)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1093" />
        <source>(because {z} ≤ 0)</source>
        <translation>(karena {z} ≤ 0)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1120" />
        <source>loss term</source>
        <translation>suku kerugian</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1126" />
        <source>The mean squared error compares each output ŷ with its target y: the squared differences, averaged over the {count} output(s).</source>
        <translation>Rata-rata kuadrat galat (MSE) membandingkan setiap output ŷ dengan targetnya y: selisihnya dikuadratkan, lalu dirata-ratakan atas {count} output.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1138" />
        <source>Binary cross-entropy: −ln of the probability the network gave to the right answer. It is small when ŷ is close to y and grows without bound for confident mistakes.</source>
        <translation>Entropi silang biner: −ln dari peluang yang diberikan jaringan untuk jawaban yang benar. Nilainya kecil jika ŷ dekat dengan y, dan membesar tanpa batas untuk kesalahan yang diberikan dengan yakin.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1156" />
        <source>Cross-entropy: −ln of the probability the softmax gave to the right class. Only the target class counts, because the other targets are 0.</source>
        <translation>Entropi silang: −ln dari peluang yang diberikan softmax untuk kelas yang benar. Hanya kelas target yang dihitung, karena target lainnya bernilai 0.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1226" />
        <source>Why so simple? The slopes of the softmax and of −ln cancel when the chain rule multiplies them, leaving predicted probability minus target.</source>
        <translation>Mengapa sesederhana ini? Kemiringan softmax dan kemiringan −ln saling menghapus ketika dikalikan oleh aturan rantai, sehingga tersisa peluang prediksi dikurangi target.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1185" />
        <source>Backpropagation starts at the output: δ = ∂L/∂z says how much the loss changes when an output neuron's z is nudged. Negative δ: increasing z lowers the loss.</source>
        <translation>Propagasi mundur dimulai dari output: δ = ∂L/∂z menyatakan seberapa besar kerugian berubah jika z sebuah neuron output digeser sedikit. Jika δ negatif, menaikkan z akan menurunkan kerugian.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1200" />
        <source>A hidden neuron affects the loss only through the neurons of the next layer. Its δ collects their δs, each weighted by the connecting weight, times the slope of its own activation.</source>
        <translation>Neuron tersembunyi memengaruhi kerugian hanya melalui neuron-neuron di lapisan berikutnya. δ miliknya mengumpulkan δ mereka, masing-masing dikalikan bobot penghubungnya, lalu dikalikan kemiringan fungsi aktivasinya sendiri.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1221" />
        <source>Why so simple? By the chain rule ∂L/∂z = ∂L/∂ŷ·∂ŷ/∂z = (ŷ − y)/(ŷ(1 − ŷ))·ŷ(1 − ŷ): the sigmoid's slope ŷ(1 − ŷ) cancels, leaving prediction minus target.</source>
        <translation>Mengapa sesederhana ini? Menurut aturan rantai ∂L/∂z = ∂L/∂ŷ·∂ŷ/∂z = (ŷ − y)/(ŷ(1 − ŷ))·ŷ(1 − ŷ): kemiringan sigmoid ŷ(1 − ŷ) saling menghapus, sehingga tersisa prediksi dikurangi target.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1230" />
        <source>The loss is the mean over the N = {count} outputs, hence the /N.</source>
        <translation>Kerugiannya adalah rata-rata atas N = {count} output, karena itu ada /N.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1240" />
        <source>The squared error's slope is (2/N)·(ŷ − y); the chain rule multiplies it by the slope of the output activation.</source>
        <translation>Kemiringan kuadrat galat adalah (2/N)·(ŷ − y); aturan rantai mengalikannya dengan kemiringan aktivasi output.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1251" />
        <source>Every softmax output depends on every z, so the chain rule sums over all outputs.</source>
        <translation>Setiap output softmax bergantung pada setiap z, sehingga aturan rantai menjumlahkan atas semua output.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1274" />
        <source>With the running statistics fixed, batch norm just multiplies z by γ/√(σ² + ε), so the chain rule multiplies δ by the same factor.</source>
        <translation>Karena statistik berjalannya tetap, normalisasi batch hanya mengalikan z dengan γ/√(σ² + ε), sehingga aturan rantai mengalikan δ dengan faktor yang sama.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1278" />
        <source>{delta} are the δs of the next layer ({layer}), found on the previous page.</source>
        <translation>{delta} adalah nilai-nilai δ dari lapisan berikutnya ({layer}), yang sudah dihitung di halaman sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1301" />
        <source>because {z} = {value} &gt; 0</source>
        <translation>karena {z} = {value} &gt; 0</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1303" />
        <source>because {z} = {value} ≤ 0</source>
        <translation>karena {z} = {value} ≤ 0</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1312" />
        <source>The gradient of one weight of this layer</source>
        <translation>Gradien dari satu bobot di lapisan ini</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1322" />
        <source>{z} contains the term {w}·{a}, so nudging {w} changes {z} by {a} times the nudge: ∂{z}/∂{w} = {a}. The bias is added with factor 1.</source>
        <translation>{z} memuat suku {w}·{a}, jadi menggeser {w} sedikit akan mengubah {z} sebesar {a} kali pergeseran itu: ∂{z}/∂{w} = {a}. Bias ditambahkan dengan faktor 1.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1327" />
        <source>Here {a} is the input {name}.</source>
        <translation>Di sini {a} adalah input {name}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1338" />
        <source>they agree ✓</source>
        <translation>keduanya sama ✓</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1338" />
        <source>they differ ✗</source>
        <translation>keduanya berbeda ✗</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1341" />
        <source>finite differences (L(w + h) − L(w − h))/2h with h = {h}: &lt;b&gt;{numeric}&lt;/b&gt;&lt;br&gt;backpropagation: &lt;b&gt;{analytic}&lt;/b&gt;&lt;br&gt;relative difference: {relative} — &lt;b style='color:{color}'&gt;{verdict}&lt;/b&gt;</source>
        <translation>beda hingga (L(w + h) − L(w − h))/2h dengan h = {h}: &lt;b&gt;{numeric}&lt;/b&gt;&lt;br&gt;propagasi mundur: &lt;b&gt;{analytic}&lt;/b&gt;&lt;br&gt;selisih relatif: {relative} — &lt;b style='color:{color}'&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1362" />
        <source>Gradient descent: every weight takes a small step downhill</source>
        <translation>Penurunan gradien: setiap bobot melangkah kecil menuruni lereng</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1364" />
        <source>Each weight moves against its gradient: if the loss grows when w grows (∂L/∂w &gt; 0), w shrinks, and the other way round. All weights and biases move at the same time, each by −η times its own gradient. The table shows the weights into neuron {j} of the {layer}.</source>
        <translation>Setiap bobot bergerak berlawanan arah dengan gradiennya: jika kerugian membesar saat w membesar (∂L/∂w &gt; 0), w dikecilkan, dan sebaliknya. Semua bobot dan bias bergerak bersamaan, masing-masing sebesar −η dikali gradiennya sendiri. Tabel ini menunjukkan bobot-bobot yang masuk ke neuron {j} di {layer}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1372" />
        <source>from {source}</source>
        <translation>dari {source}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1373" />
        <source>w now</source>
        <translation>w sekarang</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1373" />
        <source>w after</source>
        <translation>w sesudahnya</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1391" />
        <source>it fell ✓</source>
        <translation>kerugian turun ✓</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1391" />
        <source>it did not fall: try a smaller η</source>
        <translation>kerugian tidak turun: coba η yang lebih kecil</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/stepthrough_panel.py" line="1395" />
        <source>Step taken ({layer}). {w}: {old_w} → &lt;b&gt;{new_w}&lt;/b&gt;&lt;br&gt;loss on this sample: {old_l} → &lt;b&gt;{new_l}&lt;/b&gt; — &lt;b style='color:{color}'&gt;{verdict}&lt;/b&gt;&lt;br&gt;&lt;span style='font-size:small'&gt;Every page now shows the new weights: press again for another step.&lt;/span&gt;</source>
        <translation>Langkah sudah diterapkan ({layer}). {w}: {old_w} → &lt;b&gt;{new_w}&lt;/b&gt;&lt;br&gt;kerugian pada sampel ini: {old_l} → &lt;b&gt;{new_l}&lt;/b&gt; — &lt;b style='color:{color}'&gt;{verdict}&lt;/b&gt;&lt;br&gt;&lt;span style='font-size:small'&gt;Semua halaman kini menampilkan bobot yang baru: tekan lagi untuk langkah berikutnya.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../../backprop_gui/gui/timeline.py" line="74" />
        <source>Timeline:</source>
        <translation>Linimasa:</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/timeline.py" line="75" />
        <source>Stop replay</source>
        <translation>Hentikan putar ulang</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/timeline.py" line="75" />
        <source>Replay</source>
        <translation>Putar ulang</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/timeline.py" line="78" />
        <source>Play the run again from its first epoch, a few kept epochs a second.</source>
        <translation>Putar ulang pelatihan dari epoch pertamanya, beberapa epoch tersimpan per detik.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/timeline.py" line="80" />
        <source>Drag back to see every view as it was at an earlier epoch; training pauses meanwhile.</source>
        <translation>Geser ke belakang untuk melihat semua tampilan seperti pada epoch sebelumnya; selama itu pelatihan dijeda.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/timeline.py" line="81" />
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/timeline.py" line="82" />
        <source>Back to the latest</source>
        <translation>Kembali ke terbaru</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/timeline.py" line="83" />
        <source>Show where training stands now; Play goes on from there.</source>
        <translation>Tampilkan keadaan pelatihan saat ini; Jalankan melanjutkan dari sana.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/timeline.py" line="91" />
        <source>latest</source>
        <translation>terbaru</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/timeline.py" line="93" />
        <source>epoch {epoch} of {latest}</source>
        <translation>epoch {epoch} dari {latest}</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <location filename="../../backprop_gui/gui/views/weights_view.py" line="157" />
        <source>Weights of</source>
        <extracomment>The colour scale never shrinks below this fraction of its previous size at once, and only shrinks once the weights have fallen below SHRINK_BELOW of it.</extracomment>
        <translation>Bobot pada</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/weights_view.py" line="159" />
        <source>Each square is one weight: how strongly a neuron's output is passed on to a neuron of the next layer. Blue weights are positive, orange ones negative, white ones near zero.</source>
        <translation>Setiap kotak adalah satu bobot: seberapa kuat output sebuah neuron diteruskan ke neuron di lapisan berikutnya. Bobot biru bernilai positif, jingga negatif, dan putih mendekati nol.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/weights_view.py" line="165" />
        <source>from neuron</source>
        <translation>dari neuron</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/weights_view.py" line="166" />
        <source>to neuron</source>
        <translation>ke neuron</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/weights_view.py" line="167" />
        <source>The colour scale: the value each colour stands for.</source>
        <translation>Skala warna: nilai yang diwakili setiap warna.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/weights_view.py" line="168" />
        <source>Type a value (Return) or turn the mouse wheel over the box: 0.1 a notch, 1 with Ctrl. Edit → Undo puts it back.</source>
        <translation>Ketik nilai lalu tekan Enter, atau putar roda mouse di atas kotak: 0,1 per putaran, 1 sambil menekan Ctrl. Sunting → Urungkan mengembalikannya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/weights_view.py" line="173" />
        <source>Layer {number} ({inputs} → {outputs})</source>
        <translation>Lapisan {number} ({inputs} → {outputs})</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/weights_view.py" line="230" />
        <source>w[{source}→{target}] = {value}</source>
        <translation>w[{source}→{target}] = {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/weights_view.py" line="236" />
        <source>Point at a square to see its weight; click it to change it.</source>
        <translation>Arahkan kursor ke salah satu kotak untuk melihat bobotnya; klik kotak itu untuk mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/weights_view.py" line="237" />
        <source>Point at a square to see its weight.</source>
        <translation>Arahkan kursor ke salah satu kotak untuk melihat bobotnya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/views/weights_view.py" line="240" />
        <source>w[{source}→{target}] =</source>
        <translation>w[{source}→{target}] =</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../backprop_gui/build.py" line="52" />
        <source>training.loss {loss} is for classification, but the data set {name} is a regression task; use mse</source>
        <translation>training.loss {loss} adalah untuk klasifikasi, padahal dataset {name} adalah tugas regresi; gunakan mse</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/build.py" line="57" />
        <source>network.output_activation softmax is for classification, but the data set {name} is a regression task; use linear</source>
        <translation>network.output_activation softmax adalah untuk klasifikasi, padahal dataset {name} adalah tugas regresi; gunakan linear</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/build.py" line="64" />
        <source>data.validation_fraction {fraction} would leave no training rows of the {rows}; make it smaller, or give the data more rows</source>
        <translation>data.validation_fraction {fraction} tidak menyisakan satu pun baris latih dari {rows} baris; perkecil nilainya, atau beri data lebih banyak baris</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/build.py" line="88" />
        <source>this experiment would need about {needed} MB of memory (the network {weights} MB, the data and a mini-batch {batch} MB), but only {available} MB is free; use fewer or smaller hidden layers, or a smaller batch size</source>
        <translation>eksperimen ini akan memerlukan sekitar {needed} MB memori (jaringan {weights} MB, data dan satu mini-batch {batch} MB), tetapi hanya {available} MB yang masih tersedia; gunakan lapisan tersembunyi yang lebih sedikit atau lebih kecil, atau ukuran batch yang lebih kecil</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/build.py" line="92" />
        <source>this network has {parameters} parameters: with its optimiser's memory a saved run would take about {size} MB, more than the {limit} MB a run file may hold; use fewer or smaller hidden layers</source>
        <translation>jaringan ini memiliki {parameters} parameter: bersama memori optimizernya, hasil pelatihan yang disimpan akan berukuran sekitar {size} MB, lebih dari {limit} MB yang dapat dimuat berkas hasil pelatihan; gunakan lapisan tersembunyi yang lebih sedikit atau lebih kecil</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="313" />
        <source>The file is {size} MB, more than the limit of {limit} MB; use a smaller file, for example a sample of its rows.</source>
        <extracomment>A numeric target with whole numbers and at most this many values is taken as classes. No target may have more classes than this (a column of names or ids is not a label).</extracomment>
        <translation>Ukuran berkas {size} MB, melebihi batas {limit} MB; gunakan berkas yang lebih kecil, misalnya sebagian baris saja.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="334" />
        <source>The file '{path}' does not exist; check its name and folder.</source>
        <translation>Berkas '{path}' tidak ada; periksa nama dan foldernya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="339" />
        <source>'{path}' is a folder, not a file; choose a CSV file.</source>
        <translation>'{path}' adalah folder, bukan berkas; pilih sebuah berkas CSV.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="397" />
        <source>Line {line} of the file is not UTF-8 text; open the file in a spreadsheet program and save it as "CSV UTF-8".</source>
        <translation>Baris {line} dalam berkas bukan teks UTF-8; buka berkas itu di program lembar kerja (spreadsheet) lalu simpan sebagai "CSV UTF-8".</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="490" />
        <source>The delimiter must be a single character such as ',' or ';', but it is '{value}'.</source>
        <translation>Pemisah kolom harus berupa satu karakter, misalnya ',' atau ';', tetapi isinya '{value}'.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="596" />
        <source>The file holds too many different control characters to be a CSV file; choose another file.</source>
        <translation>Berkas ini memuat terlalu banyak karakter kontrol yang berbeda untuk sebuah berkas CSV; pilih berkas lain.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="622" />
        <source>Line {line} cannot be read because a quoted value is not closed or is too long; check the quotes (") from that line on.</source>
        <translation>Baris {line} tidak dapat dibaca karena ada nilai bertanda kutip yang tidak ditutup atau terlalu panjang; periksa tanda kutip (") mulai dari baris itu.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="677" />
        <source>The file is empty or has only blank lines; choose a CSV file with one row per example.</source>
        <translation>Berkas ini kosong atau hanya berisi baris kosong; pilih berkas CSV dengan satu baris untuk setiap contoh.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="698" />
        <source>Columns {first} and {second} are both named '{name}'; give every column a different name.</source>
        <translation>Kolom {first} dan {second} sama-sama bernama '{name}'; beri setiap kolom nama yang berbeda.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="709" />
        <source>The file has a header row but no data rows; add one row per example below the header.</source>
        <translation>Berkas ini punya baris judul tetapi tidak punya baris data; tambahkan satu baris untuk setiap contoh di bawah baris judul.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="724" />
        <source>Line {line} has {count} values but the header has {expected} columns; check that line for a missing or extra delimiter or quote.</source>
        <translation>Baris {line} berisi {count} nilai, padahal baris judul punya {expected} kolom; periksa apakah di baris itu ada pemisah atau tanda kutip yang hilang atau berlebih.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="734" />
        <source>Line {line} has {count} values but line {first_line} has {expected}; check that line for a missing or extra delimiter or quote.</source>
        <translation>Baris {line} berisi {count} nilai, padahal baris {first_line} berisi {expected}; periksa apakah di baris itu ada pemisah atau tanda kutip yang hilang atau berlebih.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="884" />
        <source>Line {line}, column '{column}': '{value}' is not a finite number; replace it with an ordinary number.</source>
        <translation>Baris {line}, kolom '{column}': '{value}' bukan bilangan terhingga; ganti dengan angka biasa.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="891" />
        <source>Line {line}, column '{column}': '{value}' is not a number, so this column cannot be a regression target; choose classification or another target column.</source>
        <translation>Baris {line}, kolom '{column}': '{value}' bukan angka, jadi kolom ini tidak bisa menjadi target regresi; pilih klasifikasi atau kolom target yang lain.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="899" />
        <source>Line {line}, column '{column}': '{value}' is not a number; correct the value or leave the column out of the features.</source>
        <translation>Baris {line}, kolom '{column}': '{value}' bukan angka; perbaiki nilainya atau keluarkan kolom itu dari fitur.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="924" />
        <source>The target column '{name}' does not exist; the columns are: {columns}.</source>
        <translation>Kolom target '{name}' tidak ada; kolom yang tersedia: {columns}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="931" />
        <source>The column '{name}' is chosen twice as a target; choose each column once.</source>
        <translation>Kolom '{name}' dipilih dua kali sebagai target; pilih setiap kolom sekali saja.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="942" />
        <source>The feature column '{name}' does not exist; the columns are: {columns}.</source>
        <translation>Kolom fitur '{name}' tidak ada; kolom yang tersedia: {columns}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="948" />
        <source>The column '{name}' is the target, so it cannot also be a feature; remove it from the features.</source>
        <translation>Kolom '{name}' adalah target, jadi tidak bisa sekaligus menjadi fitur; keluarkan kolom itu dari fitur.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="956" />
        <source>The column '{name}' is chosen twice as a feature; choose each column once.</source>
        <translation>Kolom '{name}' dipilih dua kali sebagai fitur; pilih setiap kolom sekali saja.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="961" />
        <source>No feature column is chosen; choose at least one column other than the target.</source>
        <translation>Belum ada kolom fitur yang dipilih; pilih paling sedikit satu kolom selain target.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="1024" />
        <source>The target column '{column}' has only one class ('{value}'); classification needs at least two different values.</source>
        <translation>Kolom target '{column}' hanya punya satu kelas ('{value}'); klasifikasi memerlukan paling sedikit dua nilai yang berbeda.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="1034" />
        <source>The target column '{column}' has {count} different values, more than the {limit} classes allowed; choose another target column or the regression task.</source>
        <translation>Kolom target '{column}' punya {count} nilai yang berbeda, lebih dari batas {limit} kelas; pilih kolom target lain atau tugas regresi.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="1192" />
        <source>The task must be 'classification' or 'regression', but it is '{value}'.</source>
        <translation>Tugas harus 'classification' (klasifikasi) atau 'regression' (regresi), tetapi isinya '{value}'.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="1203" />
        <source>Classification needs exactly one target column, but {count} were chosen; choose one, or choose regression.</source>
        <translation>Klasifikasi memerlukan tepat satu kolom target, tetapi yang dipilih ada {count}; pilih satu saja, atau pilih regresi.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="1250" />
        <source>Line {line}, column '{column}': the value is missing; fill it in, or turn on the option to drop rows with missing values.</source>
        <translation>Baris {line}, kolom '{column}': nilainya kosong; isi nilainya, atau aktifkan pilihan untuk membuang baris yang nilainya kosong.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="1048" />
        <source>Every row has a missing value in the chosen columns, so no rows are left; fill in the missing values or choose other columns.</source>
        <translation>Setiap baris punya nilai kosong di kolom yang dipilih, sehingga tidak ada baris yang tersisa; isi nilai yang kosong atau pilih kolom lain.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="344" />
        <source>'{path}' is not a file but a pipe, a device or a terminal, which cannot be read as a whole; save the data to a CSV file and choose that file.</source>
        <translation>'{path}' bukan berkas, melainkan pipa, perangkat, atau terminal yang tidak dapat dibaca sampai habis; simpan datanya ke sebuah berkas CSV lalu pilih berkas itu.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="353" />
        <source>You are not allowed to read the file '{path}'; ask for access, or copy the file to a folder of your own and choose the copy.</source>
        <translation>Anda tidak diizinkan membaca berkas '{path}'; mintalah akses, atau salin berkas itu ke folder Anda sendiri lalu pilih salinannya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="362" />
        <source>'{path}' cannot be a file name (it holds a character no file name may have); choose another file.</source>
        <translation>'{path}' tidak bisa menjadi nama berkas (ada karakter yang tidak boleh ada dalam nama berkas); pilih berkas lain.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="369" />
        <source>The file '{path}' cannot be read; check that its disk or USB stick is still there, or copy the file to another folder and choose the copy.</source>
        <translation>Berkas '{path}' tidak dapat dibaca; periksa apakah disk atau flashdisk-nya masih terpasang, atau salin berkas itu ke folder lain lalu pilih salinannya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/csvdata.py" line="1288" />
        <source>Column '{column}' has values too large to standardise; scale the column down, or turn standardisation off.</source>
        <translation>Kolom '{column}' berisi nilai yang terlalu besar untuk distandardisasi; perkecil skala kolom itu, atau matikan standardisasi.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/datasets.py" line="144" />
        <source>The data set '{name}' comes from a file and has no raw points; only the built-in data sets can be drawn over the plane.</source>
        <extracomment>Every input feature, in the Playground's order. The features a one-input (raw_dim 1) data set allows.</extracomment>
        <translation>Dataset '{name}' berasal dari berkas dan tidak punya titik mentah; hanya dataset bawaan yang dapat digambar pada bidang.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/datasets.py" line="206" />
        <source>No input feature is selected; choose at least one of: {choices}.</source>
        <extracomment>The toy data sets by name, in the order a user interface should list them.</extracomment>
        <translation>Belum ada fitur input yang dipilih; pilih paling sedikit satu dari: {choices}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/datasets.py" line="213" />
        <source>'{feature}' is not a known feature; choose from: {choices}.</source>
        <translation>'{feature}' bukan fitur yang dikenal; pilih dari: {choices}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/datasets.py" line="220" />
        <source>The feature '{feature}' needs two input coordinates but the points have one; choose from: {choices}.</source>
        <translation>Fitur '{feature}' memerlukan dua koordinat input, padahal titik-titiknya hanya punya satu; pilih dari: {choices}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/datasets.py" line="229" />
        <source>The '{dataset}' data set has a single input, so it has no feature '{feature}'; choose from: {choices}.</source>
        <translation>Dataset '{dataset}' hanya punya satu input, jadi tidak punya fitur '{feature}'; pilih dari: {choices}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/datasets.py" line="240" />
        <source>The feature '{feature}' is selected twice; select each feature once.</source>
        <translation>Fitur '{feature}' dipilih dua kali; pilih setiap fitur sekali saja.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/datasets.py" line="480" />
        <source>The test fraction must be between {low} and {high}, but it is {value}; choose a value in that range.</source>
        <translation>Porsi data uji harus antara {low} dan {high}, tetapi isinya {value}; pilih nilai dalam rentang itu.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/datasets.py" line="493" />
        <source>The random seed must be a whole number of 0 or more, but it is {value}.</source>
        <translation>Benih acak harus berupa bilangan bulat 0 atau lebih, tetapi isinya {value}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/datasets.py" line="503" />
        <source>There is no built-in data set called '{name}'; choose one of: {choices}.</source>
        <translation>Tidak ada dataset bawaan bernama '{name}'; pilih salah satu dari: {choices}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/datasets.py" line="512" />
        <source>The noise must be between {low} and {high}, but it is {value}; choose a value in that range.</source>
        <translation>Derau harus antara {low} dan {high}, tetapi isinya {value}; pilih nilai dalam rentang itu.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/datasets.py" line="520" />
        <source>The '{name}' data set is a regression task and has no classes; leave the number of classes unset.</source>
        <translation>Dataset '{name}' adalah tugas regresi dan tidak punya kelas; kosongkan jumlah kelas.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/datasets.py" line="530" />
        <source>The '{name}' data set can have {low} to {high} classes, but {value} were asked for; choose a number in that range.</source>
        <translation>Dataset '{name}' bisa punya {low} sampai {high} kelas, tetapi yang diminta {value}; pilih jumlah dalam rentang itu.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/datasets.py" line="541" />
        <source>The '{name}' data set always has {count} classes, so the number of classes cannot be {value}.</source>
        <translation>Dataset '{name}' selalu punya {count} kelas, jadi jumlah kelasnya tidak bisa {value}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/data/datasets.py" line="555" />
        <source>The '{name}' data set needs at least {minimum} samples, but {value} were asked for; choose more samples.</source>
        <translation>Dataset '{name}' memerlukan paling sedikit {minimum} sampel, tetapi yang diminta {value}; pilih lebih banyak sampel.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="75" />
        <source>{field} must be a whole number ≥ {minimum}, got {value}</source>
        <translation>{field} harus berupa bilangan bulat ≥ {minimum}, tetapi isinya {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="76" />
        <source>{field} must be a whole number ≤ {maximum}, got {value}</source>
        <translation>{field} harus berupa bilangan bulat ≤ {maximum}, tetapi isinya {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="77" />
        <source>{field} must be a whole number between {low} and {high}, got {value}</source>
        <translation>{field} harus berupa bilangan bulat antara {low} dan {high}, tetapi isinya {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="80" />
        <source>{field} must be a number between {low} and {high}, got {value}</source>
        <translation>{field} harus berupa angka antara {low} dan {high}, tetapi isinya {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="83" />
        <source>{field} must be a number ≥ {low} and &lt; {high}, got {value}</source>
        <translation>{field} harus berupa angka ≥ {low} dan &lt; {high}, tetapi isinya {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="86" />
        <source>{field} must be a number &gt; {low} and ≤ {high}, got {value}</source>
        <translation>{field} harus berupa angka &gt; {low} dan ≤ {high}, tetapi isinya {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="89" />
        <source>{field} must be a number &gt; {low} and &lt; {high}, got {value}</source>
        <translation>{field} harus berupa angka &gt; {low} dan &lt; {high}, tetapi isinya {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="92" />
        <source>{field} must be a number ≥ {minimum}, got {value}</source>
        <translation>{field} harus berupa angka ≥ {minimum}, tetapi isinya {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="93" />
        <source>{field} must be a number &gt; {minimum}, got {value}</source>
        <translation>{field} harus berupa angka &gt; {minimum}, tetapi isinya {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="94" />
        <source>{field} must be one of {choices}, got {value}</source>
        <translation>{field} harus salah satu dari {choices}, tetapi isinya {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="95" />
        <source>{field} is missing</source>
        <translation>{field} tidak ada</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="96" />
        <source>{field} is not a field we know; the fields here are {known}</source>
        <translation>{field} bukan isian yang kami kenal; isian yang ada di sini adalah {known}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="99" />
        <source>{field} is not used when the kind is {kind}; the fields of this kind are {known}</source>
        <translation>{field} tidak dipakai bila jenisnya {kind}; isian untuk jenis ini adalah {known}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="102" />
        <source>{field} must be true or false, got {value}</source>
        <translation>{field} harus true (benar) atau false (salah), tetapi isinya {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="103" />
        <source>{field} must be text, got {value}</source>
        <translation>{field} harus berupa teks, tetapi isinya {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="104" />
        <source>{field} must be non-empty text, got {value}</source>
        <translation>{field} harus berupa teks yang tidak kosong, tetapi isinya {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="105" />
        <source>{field} must be text of at most {maximum} characters, got {value}</source>
        <translation>{field} harus berupa teks paling panjang {maximum} karakter, tetapi isinya {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="108" />
        <source>{field} contains characters that cannot be stored in a file, got {value}</source>
        <translation>{field} berisi karakter yang tidak dapat disimpan dalam berkas: {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="111" />
        <source>{field} must be an object with named fields, got {value}</source>
        <translation>{field} harus berupa objek dengan isian bernama, tetapi isinya {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="106" />
        <source>an experiment must be a JSON object with named fields, got {value}</source>
        <translation>eksperimen harus berupa objek JSON dengan isian bernama, tetapi isinya {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="112" />
        <source>{field} must be a list of {low} to {high} items, got {value}</source>
        <translation>{field} harus berupa daftar berisi {low} sampai {high} butir, tetapi isinya {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/fields.py" line="113" />
        <source>{field} repeats an earlier item, got {value}</source>
        <translation>{field} mengulang butir yang sudah ada sebelumnya: {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="109" />
        <source>{field} must be {expected}, got {value}; this is not a backprop-gui experiment</source>
        <translation>{field} harus {expected}, tetapi isinya {value}; ini bukan eksperimen backprop-gui</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="112" />
        <source>{field} is {value}: the file was made by a newer version of backprop-gui; please update backprop-gui to open it</source>
        <translation>{field} bernilai {value}: berkas ini dibuat oleh backprop-gui versi yang lebih baru; perbarui backprop-gui untuk membukanya</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="116" />
        <source>{field} cannot be softmax, which is only for the output layer (network.output_activation); choose one of {choices}</source>
        <translation>{field} tidak boleh softmax, karena softmax hanya untuk lapisan output (network.output_activation); pilih salah satu dari {choices}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="120" />
        <source>{field} is {loss}, which needs {other} to be {needed}, got {value}; change {other} to {needed} or choose another loss</source>
        <translation>{field} adalah {loss}, yang memerlukan {other} bernilai {needed}, tetapi isinya {value}; ubah {other} menjadi {needed} atau pilih fungsi kerugian lain</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="124" />
        <source>{field} can only be given for the data sets {allowed}, not for {value}</source>
        <translation>{field} hanya boleh diisi untuk dataset {allowed}, bukan untuk {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="127" />
        <source>{field} is the target column {value}; the target cannot also be an input</source>
        <translation>{field} berisi kolom target {value}; target tidak bisa sekaligus menjadi input</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="130" />
        <source>{field} must not contain the NUL character, got {value}</source>
        <translation>{field} tidak boleh berisi karakter NUL, tetapi isinya {value}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="131" />
        <source>the file is not valid JSON: {detail} (line {line}, column {column})</source>
        <translation>berkas ini bukan JSON yang valid: {detail} (baris {line}, kolom {column})</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="134" />
        <source>training.schedule.max_lr must be at least training.schedule.base_lr ({low}), got {value}; a cycle goes up from base_lr to max_lr</source>
        <translation>training.schedule.max_lr harus paling sedikit sama dengan training.schedule.base_lr ({low}), tetapi isinya {value}; satu siklus naik dari base_lr ke max_lr</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="137" />
        <source>training.early_stopping watches the loss on a validation split, but data.validation_fraction is 0; set it above 0 (0.2 is usual) or set training.early_stopping to null</source>
        <translation>training.early_stopping memantau kerugian pada data validasi, tetapi data.validation_fraction bernilai 0; isi lebih dari 0 (biasanya 0,2) atau ubah training.early_stopping menjadi null</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="141" />
        <source>the file is not valid JSON: {detail}</source>
        <translation>berkas ini bukan JSON yang valid: {detail}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="142" />
        <source>the file is nested too deeply to be read</source>
        <translation>susunan berkas ini terlalu bertingkat-tingkat untuk dibaca</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="143" />
        <source>the field {key} is given twice in the same object; give each field only once</source>
        <translation>isian {key} muncul dua kali dalam objek yang sama; tulis setiap isian sekali saja</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="146" />
        <source>the file is not UTF-8 text (bad byte at position {position}); save it as UTF-8</source>
        <translation>berkas ini bukan teks UTF-8 (ada bita yang salah di posisi {position}); simpan sebagai UTF-8</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="149" />
        <source>the file is too large ({size} bytes); an experiment may be at most {limit} bytes</source>
        <translation>berkas ini terlalu besar ({size} bita); berkas eksperimen paling besar {limit} bita</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="446" />
        <source>{path} cannot be read: it is a folder, not a file; choose an experiment file (.json)</source>
        <translation>{path} tidak dapat dibaca: itu folder, bukan berkas; pilih berkas eksperimen (.json)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="447" />
        <source>{path} is not a file but a pipe, a device or a terminal, which cannot be read as a whole; save the experiment to a file and open that file</source>
        <translation>{path} bukan berkas, melainkan pipa, perangkat, atau terminal yang tidak dapat dibaca sampai habis; simpan eksperimennya ke sebuah berkas lalu buka berkas itu</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="451" />
        <source>you are not allowed to read the file {path}; ask for access, or copy the file to a folder of your own and open the copy</source>
        <translation>Anda tidak diizinkan membaca berkas {path}; mintalah akses, atau salin berkas itu ke folder Anda sendiri lalu buka salinannya</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="455" />
        <source>{path} cannot be a file name (it holds a character no file name may have); choose another file</source>
        <translation>{path} tidak bisa menjadi nama berkas (ada karakter yang tidak boleh ada dalam nama berkas); pilih berkas lain</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/schema/experiment.py" line="458" />
        <source>the file {path} cannot be read; check that its disk or USB stick is still there, or copy the file to another folder and open the copy</source>
        <translation>berkas {path} tidak dapat dibaca; periksa apakah disk atau flashdisk-nya masih terpasang, atau salin berkas itu ke folder lain lalu buka salinannya</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/content/packs.py" line="63" />
        <location filename="../../backprop_gui/io/run_reader.py" line="59" />
        <location filename="../../backprop_gui/schema/experiment.py" line="152" />
        <source>the file {path} does not exist</source>
        <extracomment>A pack of the eleven built-in lessons is about 60 KB; a teacher's pack is smaller. A member's name: a lesson at the top, an experiment in presets/, nothing else.</extracomment>
        <translation>berkas {path} tidak ada</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/content/packs.py" line="64" />
        <location filename="../../backprop_gui/io/run_reader.py" line="60" />
        <source>the file {path} cannot be read: {detail}</source>
        <translation>berkas {path} tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/content/packs.py" line="65" />
        <source>the file is too large ({size} bytes); a lesson pack may be at most {limit} bytes</source>
        <translation>berkas terlalu besar ({size} byte); paket pelajaran paling besar {limit} byte</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/content/packs.py" line="68" />
        <source>the file is not a backprop-gui lesson pack ({detail}); choose a .bplesson file made by backprop-gui</source>
        <translation>berkas ini bukan paket pelajaran backprop-gui ({detail}); pilih berkas .bplesson yang dibuat oleh backprop-gui</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/content/packs.py" line="72" />
        <source>the lesson pack is damaged ({detail}); ask for a new copy of the file</source>
        <translation>paket pelajaran rusak ({detail}); mintalah salinan baru berkas ini</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/content/packs.py" line="75" />
        <source>the lesson pack was refused because {detail}; backprop-gui never makes such files, so do not trust it</source>
        <translation>paket pelajaran ditolak karena {detail}; backprop-gui tidak pernah membuat berkas seperti itu, jadi jangan percayai berkas ini</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/content/packs.py" line="79" />
        <source>the lesson pack cannot be used: {detail}; ask its author for a corrected copy</source>
        <translation>paket pelajaran tidak dapat dipakai: {detail}; mintalah salinan yang sudah diperbaiki kepada pembuatnya</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/content/packs.py" line="82" />
        <source>the lessons in {path} cannot be packed: {detail}</source>
        <translation>pelajaran di {path} tidak dapat dikemas: {detail}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/content/packs.py" line="83" />
        <location filename="../../backprop_gui/io/runformat.py" line="77" />
        <location filename="../../backprop_gui/schema/experiment.py" line="153" />
        <source>the file {path} cannot be saved: {detail}</source>
        <translation>berkas {path} tidak dapat disimpan: {detail}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/trainer.py" line="78" />
        <source>batch normalization needs at least {minimum} samples per mini-batch; set training.batch_size to {minimum} or more</source>
        <translation>normalisasi batch memerlukan paling sedikit {minimum} sampel per mini-batch; isi training.batch_size dengan {minimum} atau lebih</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/trainer.py" line="359" />
        <source>the weights became infinite or NaN at epoch {epoch}, mini-batch {batch}; try a smaller learning rate</source>
        <translation>bobot menjadi tak hingga atau NaN pada epoch {epoch}, mini-batch {batch}; coba laju pembelajaran yang lebih kecil</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/trainer.py" line="463" />
        <source>the weights became infinite or NaN at epoch {epoch}; try a smaller learning rate</source>
        <translation>bobot menjadi tak hingga atau NaN pada epoch {epoch}; coba laju pembelajaran yang lebih kecil</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/trainer.py" line="510" />
        <source>the loss became NaN (not a number) at epoch {epoch}; try a smaller learning rate</source>
        <translation>nilai kerugian menjadi NaN (bukan angka) pada epoch {epoch}; coba laju pembelajaran yang lebih kecil</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/trainer.py" line="512" />
        <source>the loss became infinite at epoch {epoch}; try a smaller learning rate</source>
        <translation>nilai kerugian menjadi tak hingga pada epoch {epoch}; coba laju pembelajaran yang lebih kecil</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/trainer.py" line="794" />
        <source>training.early_stopping watches the loss on a validation split, but there are no validation rows; set data.validation_fraction above 0</source>
        <translation>training.early_stopping memantau kerugian pada data validasi, tetapi tidak ada baris validasi; isi data.validation_fraction lebih dari 0</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/run_reader.py" line="61" />
        <source>the file is too large ({size} bytes); a saved run may be at most {limit} bytes</source>
        <translation>berkas terlalu besar ({size} byte); hasil pelatihan yang disimpan paling besar {limit} byte</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/run_reader.py" line="64" />
        <source>the file is not a backprop-gui run file ({detail}); choose a .bpexp file saved by backprop-gui</source>
        <translation>berkas ini bukan berkas hasil pelatihan backprop-gui ({detail}); pilih berkas .bpexp yang disimpan oleh backprop-gui</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/run_reader.py" line="68" />
        <source>the run file is damaged ({detail}); save the run again or ask for a new copy of the file</source>
        <translation>berkas hasil pelatihan rusak ({detail}); simpan lagi hasil pelatihannya atau minta salinan berkas yang baru</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/run_reader.py" line="71" />
        <source>the run file was refused because {detail}; backprop-gui never makes such files, so do not trust it</source>
        <translation>berkas hasil pelatihan ditolak karena {detail}; backprop-gui tidak pernah membuat berkas seperti itu, jadi jangan percayai berkas ini</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/run_reader.py" line="75" />
        <source>the run file has version {value}: it was made by a newer version of backprop-gui; please update backprop-gui to open it</source>
        <translation>berkas hasil pelatihan ini versi {value}: dibuat oleh backprop-gui yang lebih baru; perbarui backprop-gui untuk membukanya</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/run_reader.py" line="79" />
        <source>the run file holds {what}, which this version of backprop-gui does not know; if a newer backprop-gui made it, please update backprop-gui</source>
        <translation>berkas hasil pelatihan berisi {what}, yang tidak dikenal oleh versi backprop-gui ini; jika dibuat oleh backprop-gui yang lebih baru, perbarui backprop-gui</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/run_reader.py" line="83" />
        <source>the run file is damaged: {field} must be {expected}, got {value}; save the run again or ask for a new copy of the file</source>
        <translation>berkas hasil pelatihan rusak: {field} seharusnya {expected}, ternyata {value}; simpan lagi hasil pelatihannya atau minta salinan berkas yang baru</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/run_reader.py" line="87" />
        <source>the run file is incomplete: {what} is missing; save the run again or ask for a new copy of the file</source>
        <translation>berkas hasil pelatihan tidak lengkap: {what} tidak ada; simpan lagi hasil pelatihannya atau minta salinan berkas yang baru</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/run_reader.py" line="110" />
        <source>the file {path} cannot be read as a run file, because the system does not let backprop-gui move around in it (it is a special file, not a saved run); choose a .bpexp file saved by backprop-gui</source>
        <translation>berkas {path} tidak dapat dibaca sebagai berkas hasil pelatihan, karena sistem tidak mengizinkan backprop-gui berpindah-pindah posisi di dalamnya (ini berkas khusus, bukan hasil pelatihan yang disimpan); pilih berkas .bpexp yang disimpan oleh backprop-gui</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/runformat.py" line="78" />
        <source>the experiment inside the run file is not valid: {detail}; save the run again from a valid experiment</source>
        <translation>eksperimen di dalam berkas hasil pelatihan tidak valid: {detail}; simpan lagi hasil pelatihan dari eksperimen yang valid</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/run_reader.py" line="90" />
        <source>the run file is damaged: the array {name} {problem}; save the run again or ask for a new copy of the file</source>
        <translation>berkas hasil pelatihan rusak: larik {name} {problem}; simpan lagi hasil pelatihannya atau minta salinan berkas yang baru</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/run_reader.py" line="94" />
        <source>the array {name} has the shape {shape}, but the network described in the run file needs {expected}; the file is damaged or was edited</source>
        <translation>larik {name} berbentuk {shape}, padahal jaringan yang dijelaskan dalam berkas hasil pelatihan memerlukan {expected}; berkas rusak atau telah diubah</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/run_reader.py" line="98" />
        <source>the array {name} holds values that are not finite numbers (NaN or infinity), so the saved model cannot be used</source>
        <translation>larik {name} berisi nilai yang bukan bilangan berhingga (NaN atau tak hingga), jadi model yang disimpan tidak dapat dipakai</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/run_reader.py" line="102" />
        <source>the data of the saved run cannot be loaded: {detail}; the trained model can still predict and be exported, and training can continue once the data is back</source>
        <translation>data dari hasil pelatihan yang disimpan tidak dapat dimuat: {detail}; model yang sudah dilatih tetap bisa memprediksi dan diekspor, dan pelatihan bisa dilanjutkan setelah datanya tersedia lagi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/run_reader.py" line="106" />
        <source>the data no longer matches the saved run: its {what} is now {found}, but was {expected} when the run was trained; use the data the run was trained on</source>
        <translation>data tidak lagi cocok dengan hasil pelatihan yang disimpan: {what} sekarang {found}, padahal saat dilatih {expected}; gunakan data yang dipakai saat pelatihan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/run_writer.py" line="34" />
        <source>the run is too large to save ({size} bytes); a run file may hold at most {limit} bytes, so use a smaller network</source>
        <translation>hasil pelatihan terlalu besar untuk disimpan ({size} byte); berkas hasil pelatihan paling besar {limit} byte, jadi gunakan jaringan yang lebih kecil</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/model.py" line="22" />
        <source>The file has no column '{name}', which the model needs as an input; the file's columns are: {columns}.</source>
        <translation>Berkas tidak memiliki kolom '{name}', yang diperlukan model sebagai input; kolom dalam berkas adalah: {columns}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/model.py" line="26" />
        <source>Line {line}, column '{column}': the value is missing; the model needs a number in every input column.</source>
        <translation>Baris {line}, kolom '{column}': nilainya kosong; model memerlukan angka di setiap kolom input.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/io/model.py" line="29" />
        <source>Line {line}, column '{column}': '{value}' is not a finite number; the model needs a number in every input column.</source>
        <translation>Baris {line}, kolom '{column}': '{value}' bukan bilangan berhingga; model memerlukan angka di setiap kolom input.</translation>
    </message>
</context>
<context>
    <name>experiments</name>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="113" />
        <source>Two-arm spiral</source>
        <translation>Spiral dua lengan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="114" />
        <source>Spiral from raw coordinates</source>
        <translation>Spiral dari koordinat mentah</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="115" />
        <source>Five-arm spiral (softmax)</source>
        <translation>Spiral lima lengan (softmax)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="116" />
        <source>Circle</source>
        <translation>Lingkaran</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="117" />
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="118" />
        <source>Two Gaussian clouds</source>
        <translation>Dua sebaran Gauss</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="119" />
        <source>Three blobs (softmax)</source>
        <translation>Tiga gumpalan (softmax)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="120" />
        <source>Plane (regression)</source>
        <translation>Bidang (regresi)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="121" />
        <source>Several Gaussian bumps (regression)</source>
        <translation>Beberapa gundukan Gauss (regresi)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="122" />
        <source>Sine wave (regression)</source>
        <translation>Gelombang sinus (regresi)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="123" />
        <source>Iris flowers (real data)</source>
        <translation>Bunga iris (data nyata)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="124" />
        <source>Wine cultivars (real data)</source>
        <translation>Kultivar anggur (data nyata)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="125" />
        <source>Breast cancer diagnosis (real data)</source>
        <translation>Diagnosis kanker payudara (data nyata)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="126" />
        <source>Handwritten digits 8×8 (real data)</source>
        <translation>Angka tulisan tangan 8×8 (data nyata)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="127" />
        <source>Lesson 1: one neuron, two clouds</source>
        <translation>Pelajaran 1: satu neuron, dua kelompok titik</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="128" />
        <source>Lesson 2: XOR with one hidden layer</source>
        <translation>Pelajaran 2: XOR dengan satu lapisan tersembunyi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="129" />
        <source>Lesson 2: XOR without a hidden layer</source>
        <translation>Pelajaran 2: XOR tanpa lapisan tersembunyi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="130" />
        <source>Lesson 3: circle with cross-entropy</source>
        <translation>Pelajaran 3: lingkaran dengan cross-entropy</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="131" />
        <source>Lesson 3: circle with mean squared error</source>
        <translation>Pelajaran 3: lingkaran dengan mean squared error</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="132" />
        <source>Lesson 4: a tiny network for the step-through</source>
        <translation>Pelajaran 4: jaringan mungil untuk langkah demi langkah</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="133" />
        <source>Lesson 5: learning rate 0.1 (about right)</source>
        <translation>Pelajaran 5: laju pembelajaran 0,1 (pas)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="134" />
        <source>Lesson 5: learning rate 10 (too large)</source>
        <translation>Pelajaran 5: laju pembelajaran 10 (terlalu besar)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="135" />
        <source>Lesson 5: learning rate 0.0001 (too small)</source>
        <translation>Pelajaran 5: laju pembelajaran 0,0001 (terlalu kecil)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="136" />
        <source>Lesson 6: batch size 1</source>
        <translation>Pelajaran 6: ukuran batch 1</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="137" />
        <source>Lesson 6: batch size 10</source>
        <translation>Pelajaran 6: ukuran batch 10</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="138" />
        <source>Lesson 6: the whole training set as one batch</source>
        <translation>Pelajaran 6: seluruh data latih sebagai satu batch</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="139" />
        <source>Lesson 7: ten sigmoid layers (vanishing gradients)</source>
        <translation>Pelajaran 7: sepuluh lapisan sigmoid (vanishing gradient)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="140" />
        <source>Lesson 7: fix with batch normalization</source>
        <translation>Pelajaran 7: perbaikan dengan normalisasi batch</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="141" />
        <source>Lesson 7: fix with ReLU</source>
        <translation>Pelajaran 7: perbaikan dengan ReLU</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="142" />
        <source>Lesson 8: exploding gradients</source>
        <translation>Pelajaran 8: gradien meledak</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="143" />
        <source>Lesson 8: tamed with a smaller learning rate</source>
        <translation>Pelajaran 8: dijinakkan dengan laju pembelajaran lebih kecil</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="144" />
        <source>Lesson 8: tamed with Xavier initial weights</source>
        <translation>Pelajaran 8: dijinakkan dengan inisialisasi bobot Xavier</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="145" />
        <source>Lesson 9: overfitting</source>
        <translation>Pelajaran 9: overfitting</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="146" />
        <source>Lesson 9: fix with L2 regularization</source>
        <translation>Pelajaran 9: perbaikan dengan regularisasi L2</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="147" />
        <source>Lesson 9: fix with dropout</source>
        <translation>Pelajaran 9: perbaikan dengan dropout</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="148" />
        <source>Lesson 9: stop early on the validation loss</source>
        <translation>Pelajaran 9: berhenti lebih awal berdasarkan kerugian validasi</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="149" />
        <source>Lesson 10: deep network without batch normalization</source>
        <translation>Pelajaran 10: jaringan dalam tanpa normalisasi batch</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="150" />
        <source>Lesson 10: deep network with batch normalization</source>
        <translation>Pelajaran 10: jaringan dalam dengan normalisasi batch</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="151" />
        <source>Lesson 11: all weights start at zero</source>
        <translation>Pelajaran 11: semua bobot dimulai dari nol</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="152" />
        <source>Lesson 11: Xavier initial weights</source>
        <translation>Pelajaran 11: inisialisasi bobot Xavier</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="153" />
        <source>Lesson 12: a small learning rate on the landscape</source>
        <translation>Pelajaran 12: laju pembelajaran kecil pada lanskap</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="154" />
        <source>Lesson 12: a good learning rate on the landscape</source>
        <translation>Pelajaran 12: laju pembelajaran yang pas pada lanskap</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="155" />
        <source>Lesson 12: a too-large learning rate on the landscape</source>
        <translation>Pelajaran 12: laju pembelajaran terlalu besar pada lanskap</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="156" />
        <source>Lesson 12: a race of optimisers</source>
        <translation>Pelajaran 12: balapan pengoptimal</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="157" />
        <source>Lesson 12: momentum on the landscape</source>
        <translation>Pelajaran 12: momentum pada lanskap</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="158" />
        <source>Lesson 12: Adam on the landscape</source>
        <translation>Pelajaran 12: Adam pada lanskap</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="159" />
        <source>Lesson 12: a too-large learning rate, lowered by a schedule</source>
        <translation>Pelajaran 12: laju pembelajaran terlalu besar, diturunkan oleh jadwal</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="34" />
        <source>Circle</source>
        <translation>Lingkaran</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="35" />
        <source>Exclusive or (XOR)</source>
        <translation>Atau-eksklusif (XOR)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="36" />
        <source>Two Gaussians</source>
        <translation>Dua sebaran Gauss</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="37" />
        <source>Spiral</source>
        <translation>Spiral</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="38" />
        <source>Plane (regression)</source>
        <translation>Bidang (regresi)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="39" />
        <source>Gaussian bumps (regression)</source>
        <translation>Gundukan Gauss (regresi)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="40" />
        <source>Blobs (several classes)</source>
        <translation>Gumpalan (banyak kelas)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="41" />
        <source>Sine curve (regression)</source>
        <translation>Kurva sinus (regresi)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="43" />
        <source>Iris flowers (real data)</source>
        <translation>Bunga iris (data nyata)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="44" />
        <source>Wine cultivars (real data)</source>
        <translation>Kultivar anggur (data nyata)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="45" />
        <source>Breast cancer diagnosis (real data)</source>
        <translation>Diagnosis kanker payudara (data nyata)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="46" />
        <source>Handwritten digits (real data)</source>
        <translation>Angka tulisan tangan (data nyata)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="48" />
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="49" />
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="50" />
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="51" />
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="52" />
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="53" />
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="55" />
        <source>Mean squared error</source>
        <translation>Rata-rata kuadrat galat (MSE)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="56" />
        <source>Binary cross-entropy</source>
        <translation>Entropi silang biner</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="57" />
        <source>Cross-entropy</source>
        <translation>Entropi silang</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="59" />
        <source>Gradient descent (SGD)</source>
        <translation>Penurunan gradien (SGD)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="60" />
        <source>SGD with momentum</source>
        <translation>SGD dengan momentum</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="61" />
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="63" />
        <source>Xavier (Glorot)</source>
        <translation>Xavier (Glorot)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="64" />
        <source>He (Kaiming)</source>
        <translation>He (Kaiming)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="65" />
        <source>Uniform ±0.5</source>
        <translation>Seragam ±0,5</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="66" />
        <source>All zeros</source>
        <translation>Semua nol</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="68" />
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="72" />
        <source>Double (float64)</source>
        <translation>Presisi ganda (float64)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="73" />
        <source>Single (float32)</source>
        <translation>Presisi tunggal (float32)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="75" />
        <source>Constant</source>
        <translation>Tetap</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="76" />
        <source>Step decay</source>
        <translation>Turun bertahap</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="77" />
        <source>Exponential decay</source>
        <translation>Turun eksponensial</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="78" />
        <source>Cosine annealing</source>
        <translation>Penurunan kosinus</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="79" />
        <source>Cyclic (triangle)</source>
        <translation>Siklik (segitiga)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="83" />
        <source>σ(z) = 1/(1+e⁻ᶻ) squeezes any number into 0…1. Its slope is at most 0.25, so deep stacks of it shrink gradients.</source>
        <translation>σ(z) = 1/(1+e⁻ᶻ) memampatkan bilangan apa pun ke rentang 0…1. Kemiringannya paling besar 0,25, sehingga tumpukan banyak lapisan sigmoid membuat gradien mengecil.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="84" />
        <source>tanh(z) squeezes any number into −1…1 and is centred on 0.</source>
        <translation>tanh(z) memampatkan bilangan apa pun ke rentang −1…1 dan berpusat di 0.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="85" />
        <source>ReLU(z) = max(0, z): passes positive values, blocks negative ones. Its slope is 1, so gradients do not shrink.</source>
        <translation>ReLU(z) = max(0, z): meneruskan nilai positif dan menahan nilai negatif. Kemiringannya 1, sehingga gradien tidak mengecil.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="86" />
        <source>Like ReLU, but negative values keep a small slope (0.01), so a neuron never goes completely silent.</source>
        <translation>Seperti ReLU, tetapi nilai negatif tetap punya kemiringan kecil (0,01), sehingga neuron tidak pernah benar-benar diam.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="87" />
        <source>f(z) = z: no bending at all. A network of linear layers can only draw straight lines.</source>
        <translation>f(z) = z: sama sekali tidak membengkokkan. Jaringan yang hanya terdiri atas lapisan linear hanya dapat menggambar garis lurus.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="88" />
        <source>Turns the output layer's numbers into probabilities that add up to 1, one per class.</source>
        <translation>Mengubah angka-angka di lapisan output menjadi peluang yang jumlahnya 1, satu peluang untuk setiap kelas.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="89" />
        <source>The average of (prediction − target)². The usual loss for predicting numbers (regression).</source>
        <translation>Rata-rata dari (prediksi − target)². Fungsi kerugian yang lazim untuk memprediksi angka (regresi).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="90" />
        <source>−[y·log ŷ + (1−y)·log(1−ŷ)]: punishes confident wrong answers hard. For two classes, with a sigmoid output.</source>
        <translation>−[y·log ŷ + (1−y)·log(1−ŷ)]: menghukum keras jawaban salah yang diberikan dengan yakin. Untuk dua kelas, dengan output sigmoid.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="91" />
        <source>−log of the probability given to the right class. For several classes, with a softmax output.</source>
        <translation>−log dari peluang yang diberikan untuk kelas yang benar. Untuk banyak kelas, dengan output softmax.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="92" />
        <source>Each step moves every weight a little downhill: w ← w − η·∂L/∂w.</source>
        <translation>Setiap langkah menggeser setiap bobot sedikit menuruni lereng: w ← w − η·∂L/∂w.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="93" />
        <source>Like a ball rolling downhill: steps build up speed in directions that stay the same.</source>
        <translation>Seperti bola yang menggelinding menuruni lereng: langkah makin cepat ke arah yang terus sama.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="94" />
        <source>Adapts the step size of every weight from the history of its gradients. Often works well without tuning.</source>
        <translation>Menyesuaikan besar langkah setiap bobot berdasarkan riwayat gradiennya. Sering kali bekerja baik tanpa perlu disetel.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="95" />
        <source>Random starting weights scaled to the layer's size, so signals neither grow nor shrink. Good for tanh and sigmoid.</source>
        <translation>Bobot awal acak yang diskalakan sesuai ukuran lapisan, sehingga sinyal tidak membesar maupun mengecil. Cocok untuk tanh dan sigmoid.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="96" />
        <source>Random starting weights scaled for ReLU layers.</source>
        <translation>Bobot awal acak yang diskalakan untuk lapisan ReLU.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="97" />
        <source>Random starting weights between −0.5 and 0.5, as TensorFlow Playground does.</source>
        <translation>Bobot awal acak antara −0,5 dan 0,5, seperti di TensorFlow Playground.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="98" />
        <source>Every weight starts at 0. All neurons of a layer then stay identical forever: try it and see why randomness is needed.</source>
        <translation>Setiap bobot dimulai dari 0. Akibatnya semua neuron dalam satu lapisan akan selalu sama: cobalah, lalu lihat mengapa nilai awal yang acak itu perlu.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="99" />
        <source>The same learning rate in every epoch.</source>
        <translation>Laju pembelajaran yang sama di setiap epoch.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="100" />
        <source>Multiply the learning rate by γ every few epochs (PyTorch's StepLR).</source>
        <translation>Kalikan laju pembelajaran dengan γ setiap beberapa epoch (StepLR di PyTorch).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="101" />
        <source>Multiply the learning rate by γ after every epoch (PyTorch's ExponentialLR).</source>
        <translation>Kalikan laju pembelajaran dengan γ setelah setiap epoch (ExponentialLR di PyTorch).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="102" />
        <source>Lower the learning rate along half a cosine wave, from its start to the minimum in T epochs (PyTorch's CosineAnnealingLR).</source>
        <translation>Turunkan laju pembelajaran mengikuti setengah gelombang kosinus, dari nilai awalnya sampai nilai terkecil dalam T epoch (CosineAnnealingLR di PyTorch).</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/names.py" line="103" />
        <source>Move the learning rate up and down between a low and a high value, again and again (PyTorch's CyclicLR).</source>
        <translation>Naik-turunkan laju pembelajaran di antara nilai bawah dan nilai atas, berulang-ulang (CyclicLR di PyTorch).</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <location filename="../../backprop_gui/gui/numbers.py" line="72" />
        <source>not a number</source>
        <translation>bukan angka</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/numbers.py" line="73" />
        <source>infinity</source>
        <translation>tak hingga</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/numbers.py" line="74" />
        <source>minus infinity</source>
        <translation>minus tak hingga</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/numbers.py" line="78" />
        <source>{number} trillion</source>
        <translation>{number} triliun</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/numbers.py" line="79" />
        <source>{number} billion</source>
        <translation>{number} miliar</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/numbers.py" line="80" />
        <source>{number} million</source>
        <translation>{number} juta</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/numbers.py" line="81" />
        <source>{number} thousand</source>
        <translation>{number} ribu</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/numbers.py" line="83" />
        <source>{number}%</source>
        <translation>{number} %</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/numbers.py" line="87" />
        <source>Type a number, for example {example}.</source>
        <translation>Ketik sebuah angka, misalnya {example}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/numbers.py" line="88" />
        <source>“{text}” is not a number. Type digits, for example {example}.</source>
        <translation>“{text}” bukan angka. Ketik angka, misalnya {example}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/numbers.py" line="89" />
        <source>“{text}” could mean {small} or {large}: type {small} or {large}, as written here.</source>
        <translation>“{text}” bisa berarti {small} atau {large}: ketik {small} atau {large}, persis seperti tertulis di sini.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/numbers.py" line="91" />
        <source>“{text}” has the decimal sign and the thousands separator the other way round: here it is written {example}.</source>
        <translation>Tanda desimal dan pemisah ribuan pada “{text}” tertukar: di sini angka itu ditulis {example}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/numbers.py" line="93" />
        <source>“{text}” has its separators in the wrong places: type the number without thousands separators, for example {example}.</source>
        <translation>Tanda pemisah pada “{text}” ada di tempat yang salah: ketik angkanya tanpa pemisah ribuan, misalnya {example}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/numbers.py" line="95" />
        <source>“{text}” is not a whole number: type one without decimals, such as {example}.</source>
        <translation>“{text}” bukan bilangan bulat: ketik bilangan tanpa desimal, misalnya {example}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/numbers.py" line="96" />
        <source>“{text}” is too large to be used: type a smaller number.</source>
        <translation>“{text}” terlalu besar untuk dipakai: ketik angka yang lebih kecil.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/numbers.py" line="97" />
        <source>“{text}” is outside what this field takes: type a number from {minimum} to {maximum}.</source>
        <translation>“{text}” di luar batas isian ini: ketik angka dari {minimum} sampai {maximum}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/numbers.py" line="98" />
        <source>“{text}” has more decimals than this field keeps: it would become {rounded}. Type no more decimals than that.</source>
        <translation>“{text}” punya lebih banyak angka desimal daripada yang disimpan isian ini: nilainya akan menjadi {rounded}. Jangan ketik angka desimal lebih banyak dari itu.</translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="83" />
        <source>Worked example: sigmoid and squared error</source>
        <translation>Contoh yang dikerjakan: sigmoid dan kuadrat galat</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="85" />
        <source>Your turn: the update</source>
        <translation>Giliran Anda: pembaruan bobot</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="87" />
        <source>The whole step: sigmoid and squared error</source>
        <translation>Satu langkah penuh: sigmoid dan kuadrat galat</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="89" />
        <source>tanh and squared error</source>
        <translation>tanh dan kuadrat galat</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="91" />
        <source>ReLU, a sigmoid output and binary cross-entropy</source>
        <translation>ReLU, output sigmoid, dan entropi silang biner</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="93" />
        <source>Two classes: softmax and cross-entropy</source>
        <translation>Dua kelas: softmax dan entropi silang</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="160" />
        <source>z = x₁·w₁ + x₂·w₂ + b</source>
        <translation>z = x₁·w₁ + x₂·w₂ + b</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="161" />
        <source>z = a₁·w₁ + a₂·w₂ + b</source>
        <translation>z = a₁·w₁ + a₂·w₂ + b</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="162" />
        <source>z = a₁·w₁ + a₂·w₂ + a₃·w₃ + b</source>
        <translation>z = a₁·w₁ + a₂·w₂ + a₃·w₃ + b</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="165" />
        <source>a = σ(z) = 1 / (1 + e^(−z))</source>
        <translation>a = σ(z) = 1 / (1 + e^(−z))</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="166" />
        <source>a = tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))</source>
        <translation>a = tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="167" />
        <source>a = max(0, z)</source>
        <translation>a = maks(0, z)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="168" />
        <source>aₖ = e^(zₖ) / Σₘ e^(zₘ)</source>
        <translation>aₖ = e^(zₖ) / Σₘ e^(zₘ)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="171" />
        <source>L = (a − y)²</source>
        <translation>L = (a − y)²</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="172" />
        <source>L = −[y·ln a + (1 − y)·ln(1 − a)]</source>
        <translation>L = −[y·ln a + (1 − y)·ln(1 − a)]</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="173" />
        <source>L = −Σₖ yₖ·ln aₖ</source>
        <translation>L = −Σₖ yₖ·ln aₖ</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="176" />
        <source>δ = 2·(a − y)·a·(1 − a)</source>
        <translation>δ = 2·(a − y)·a·(1 − a)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="177" />
        <source>δ = 2·(a − y)·(1 − a²)</source>
        <translation>δ = 2·(a − y)·(1 − a²)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="178" />
        <source>δ = a − y</source>
        <translation>δ = a − y</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="179" />
        <source>δₖ = aₖ − yₖ</source>
        <translation>δₖ = aₖ − yₖ</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="182" />
        <source>δ = a·(1 − a)·Σₖ wₖ·δₖ</source>
        <translation>δ = a·(1 − a)·Σₖ wₖ·δₖ</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="183" />
        <source>δ = (1 − a²)·Σₖ wₖ·δₖ</source>
        <translation>δ = (1 − a²)·Σₖ wₖ·δₖ</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="184" />
        <source>δ = Σₖ wₖ·δₖ if z &gt; 0, otherwise δ = 0</source>
        <translation>δ = Σₖ wₖ·δₖ jika z &gt; 0, selain itu δ = 0</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="187" />
        <source>∂L/∂w = x·δ</source>
        <translation>∂L/∂w = x·δ</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="188" />
        <source>∂L/∂w = a·δ</source>
        <translation>∂L/∂w = a·δ</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="190" />
        <source>∂L/∂b = δ</source>
        <translation>∂L/∂b = δ</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="191" />
        <source>w ← w − η·∂L/∂w</source>
        <translation>w ← w − η·∂L/∂w</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/core/practice.py" line="192" />
        <source>b ← b − η·∂L/∂b</source>
        <translation>b ← b − η·∂L/∂b</translation>
    </message>
</context>
<context>
    <name>worksheet</name>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="45" />
        <source>Forward pass</source>
        <translation>Propagasi maju</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="46" />
        <source>Loss</source>
        <translation>Kerugian</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="47" />
        <source>Backward pass</source>
        <translation>Propagasi mundur</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="48" />
        <source>Update</source>
        <translation>Pembaruan bobot</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="127" />
        <location filename="../../backprop_gui/gui/worksheet.py" line="168" />
        <source>Backpropagation worksheet</source>
        <translation>Lembar kerja propagasi mundur</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="155" />
        <source>Level {number} of {count}: {title}</source>
        <translation>Tingkat {number} dari {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="160" />
        <source>Problem number {seed}. The same problem again: backprop-gui worksheet --seed {seed} --level {level}</source>
        <translation>Soal nomor {seed}. Untuk membuat soal yang sama lagi: backprop-gui worksheet --seed {seed} --level {level}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="171" />
        <source>Name: ______________________   Class: __________   Date: __________</source>
        <translation>Nama: ______________________   Kelas: __________   Tanggal: __________</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="173" />
        <source>Do one training step by hand on the sample below: the forward pass, the loss, the backward pass and the update. Write each quantity in its box, in order, and use your own earlier answers in the later steps. Write the forward pass and the loss with at least two decimals, the backward pass and the update with three or four.</source>
        <translation>Kerjakan satu langkah pelatihan dengan tangan pada sampel di bawah ini: propagasi maju, kerugian, propagasi mundur, dan pembaruan bobot. Tulis setiap besaran di kotaknya secara berurutan, dan pakai jawaban Anda sendiri yang sebelumnya untuk langkah-langkah berikutnya. Tulis propagasi maju dan kerugian dengan sedikitnya dua angka desimal, propagasi mundur dan pembaruan bobot dengan tiga atau empat.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="180" />
        <source>The network</source>
        <translation>Jaringan</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="185" />
        <source>Hidden layer: {hidden}. Output layer: {output}. Loss: {loss}. Learning rate η = {eta}.</source>
        <translation>Lapisan tersembunyi: {hidden}. Lapisan output: {output}. Fungsi kerugian: {loss}. Laju pembelajaran η = {eta}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="195" />
        <source>Sample: x = {inputs}. Target: y = {targets}.</source>
        <translation>Sampel: x = {inputs}. Target: y = {targets}.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="198" />
        <source>Given numbers</source>
        <translation>Angka yang diketahui</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="205" />
        <source>How to read the names: the number below counts the neuron (or the input) from 1, from the top of its column; the number above, in brackets, counts the layer from 1, the first layer of weights. z₁⁽¹⁾ is the weighted sum of neuron 1 of layer 1 and a₁⁽¹⁾ its activation; w₂,₁⁽²⁾ is the weight from neuron 2 of layer 1 to neuron 1 of layer 2 (first where it comes from, then where it goes); b₁⁽²⁾ the bias of neuron 1 of layer 2; δ₁⁽²⁾ = ∂L/∂z₁⁽²⁾ of that neuron; ∂L/∂w and ∂L/∂b the gradients of a weight and a bias; "new w" and "new b" their values after the step; x₁, x₂ the inputs, y₁ the target, L the loss, η the learning rate.</source>
        <translation>Cara membaca nama: angka di bawah menghitung neuron (atau input) mulai dari 1, dari atas kolomnya; angka di atas, dalam kurung, menghitung lapisan mulai dari 1, yaitu lapisan bobot pertama. z₁⁽¹⁾ adalah jumlah berbobot neuron 1 lapisan 1 dan a₁⁽¹⁾ aktivasinya; w₂,₁⁽²⁾ adalah bobot dari neuron 2 lapisan 1 ke neuron 1 lapisan 2 (pertama asalnya, lalu tujuannya); b₁⁽²⁾ adalah bias neuron 1 lapisan 2; δ₁⁽²⁾ = ∂L/∂z₁⁽²⁾ neuron itu; ∂L/∂w dan ∂L/∂b adalah gradien sebuah bobot dan sebuah bias; "w baru" dan "b baru" adalah nilainya setelah langkah ini; x₁, x₂ adalah input, y₁ target, L kerugian, η laju pembelajaran.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="268" />
        <source>Your answers</source>
        <translation>Jawaban Anda</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="271" />
        <source>The numbers already in grey boxes are worked out for you: check that you get them too.</source>
        <translation>Angka di kotak abu-abu sudah dikerjakan untuk Anda: periksa apakah Anda juga mendapatkannya.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="291" />
        <source>Answer key</source>
        <translation>Kunci jawaban</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="295" />
        <source>An answer is right when it is within {forward} (forward pass and loss) or {backward} (backward pass and update) of the value, plus {percent} of it (of the change, for an update). A student who made a mistake earlier is checked against what follows from their own earlier answers: a value here that differs because of an earlier rounding is not a mistake.</source>
        <translation>Jawaban dianggap benar jika selisihnya dari nilai di sini paling banyak {forward} (propagasi maju dan kerugian) atau {backward} (propagasi mundur dan pembaruan bobot), ditambah {percent} dari nilai itu (dari besar perubahannya, untuk pembaruan bobot). Siswa yang keliru di langkah sebelumnya diperiksa terhadap nilai yang mengikuti dari jawabannya sendiri: nilai yang berbeda dari kunci ini karena pembulatan sebelumnya bukan kesalahan.</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="463" />
        <source>Print worksheet</source>
        <translation>Cetak lembar kerja</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="464" />
        <source>Which level?</source>
        <translation>Tingkat yang mana?</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="472" />
        <source>worksheet</source>
        <translation>lembar-kerja</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="474" />
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="481" />
        <source>Could not write {file}: {reason}</source>
        <translation>Tidak dapat menulis {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../backprop_gui/gui/worksheet.py" line="484" />
        <source>Saved the worksheet {file}</source>
        <translation>Lembar kerja {file} tersimpan</translation>
    </message>
</context>
</TS>
